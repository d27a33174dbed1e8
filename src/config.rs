//! Per-target package settings: names and versions of the generated packages.
//!
//! Read from `sdkgen.toml` next to the spec when present; anything missing defaults from the
//! document's `info.title` and `info.version`. CLI flags override both.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct ConfigFile {
    /// PascalCase prefix of the SDK's main names (`Gatekeeper` → `GatekeeperCore`).
    pub sdk_name: Option<String>,
    /// Package version; defaults to `info.version`.
    pub version: Option<String>,
    /// A folder of template overrides (`<dir>/<lang>/<path>` replaces `templates/<lang>/<path>`);
    /// relative to the config file's folder.
    pub templates: Option<std::path::PathBuf>,
    /// Service names for path resources, where services come from paths (a document without tags,
    /// or with a catch-all tag): `customers = "people"` puts `/v1/customers/...` in `PeopleService`;
    /// two resources given one name share a service. See `lower/grouping.rs`.
    pub services: indexmap::IndexMap<String, String>,
    pub python: PythonFileConfig,
    pub typescript: TypescriptFileConfig,
    pub rust: RustFileConfig,
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct PythonFileConfig {
    /// Version of the Python package; defaults to the top-level `version`, then `info.version`.
    pub version: Option<String>,
    pub dist_name: Option<String>,
    pub package: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct TypescriptFileConfig {
    /// Version of the npm package; defaults to the top-level `version`, then `info.version`.
    pub version: Option<String>,
    pub package_name: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct RustFileConfig {
    /// Version of the crate; defaults to the top-level `version`, then `info.version`.
    pub version: Option<String>,
    pub crate_name: Option<String>,
}

/// The resolved settings every target reads.
#[derive(Debug, Clone, Serialize)]
pub struct Config {
    pub sdk_name: String,
    pub version: String,
    pub license: String,
    /// Path resource → service name (`[services]` in `sdkgen.toml`); empty unless configured.
    #[serde(skip_serializing_if = "indexmap::IndexMap::is_empty")]
    pub services: indexmap::IndexMap<String, String>,
    pub python: PythonConfig,
    pub typescript: TypescriptConfig,
    pub rust: RustConfig,
    /// The templates to render with (embedded, or with a user's overrides); records what was used.
    #[serde(skip)]
    pub templates: crate::render::TemplateSource,
}

#[derive(Debug, Clone, Serialize)]
pub struct PythonConfig {
    /// Package version (`[python] version`, else the top-level one).
    pub version: String,
    /// Distribution name on PyPI: `gatekeeper-sdk`.
    pub dist_name: String,
    /// Import name: `gatekeeper`.
    pub package: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TypescriptConfig {
    /// Package version (`[typescript] version`, else the top-level one).
    pub version: String,
    /// npm package name: `@orkait/sdk`.
    pub package_name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RustConfig {
    /// Package version (`[rust] version`, else the top-level one).
    pub version: String,
    /// Crate name: `gatekeeper-sdk` (imported as `gatekeeper_sdk`).
    pub crate_name: String,
}

impl Config {
    /// Fills everything the config file leaves open from the document's title and version.
    pub fn resolve(file: &ConfigFile, title: &str, info_version: &str) -> Config {
        let configured = file.sdk_name.clone().filter(|s| crate::naming::is_pascal_identifier(s));
        let sdk_name = configured.clone().unwrap_or_else(|| sdk_name_from_title(title));
        let version = file.version.clone().unwrap_or_else(|| package_version(info_version));
        // Package names split where the title has words (`GitHub` -> `github`, `Train Travel` ->
        // `train_travel`), not at every capital as case conversion would (`git_hub`).
        let words: Vec<String> = match configured {
            Some(_) => Vec::new(),
            None => title_words(title)
                .iter()
                .map(|w| deunicode::deunicode(w).chars().filter(char::is_ascii_alphanumeric).collect::<String>())
                .map(|w| w.to_ascii_lowercase())
                .filter(|w| !w.is_empty())
                .collect(),
        };
        let from_words = words.first().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()));
        let (snake, kebab) = if from_words {
            (words.join("_"), words.join("-"))
        } else {
            (heck::AsSnakeCase(&sdk_name).to_string(), heck::AsKebabCase(&sdk_name).to_string())
        };
        Config {
            python: PythonConfig {
                version: file.python.version.clone().unwrap_or_else(|| version.clone()),
                dist_name: file.python.dist_name.clone().unwrap_or_else(|| format!("{kebab}-sdk")),
                package: file.python.package.clone().unwrap_or_else(|| snake.clone()),
            },
            typescript: TypescriptConfig {
                version: file.typescript.version.clone().unwrap_or_else(|| version.clone()),
                package_name: file.typescript.package_name.clone().unwrap_or_else(|| format!("{kebab}-sdk")),
            },
            rust: RustConfig {
                version: file.rust.version.clone().unwrap_or_else(|| version.clone()),
                crate_name: file.rust.crate_name.clone().unwrap_or_else(|| format!("{kebab}-sdk")),
            },
            sdk_name,
            version,
            license: "MIT".to_string(),
            services: file.services.clone(),
            templates: crate::render::TemplateSource::embedded(),
        }
    }
}

impl Config {
    /// The package version of one language (`python`, `typescript`, `rust`).
    pub fn version_of(&self, lang: &str) -> &str {
        match lang {
            "python" => &self.python.version,
            "typescript" => &self.typescript.version,
            "rust" => &self.rust.version,
            _ => &self.version,
        }
    }

    /// The settings one target renders with: `version` is that language's package version.
    pub fn for_lang(&self, lang: &str) -> Config {
        Config { version: self.version_of(lang).to_string(), ..self.clone() }
    }
}

/// Words in API titles that say nothing about which API it is.
const TITLE_NOISE: &[&str] = &[
    "api",
    "apis",
    "rest",
    "restful",
    "openapi",
    "swagger",
    "http",
    "web",
    "service",
    "services",
    "specification",
    "spec",
    "public",
    "v1",
    "v2",
    "v3",
    "v4",
    "description",
    "documentation",
    "official",
];

/// Small words inside a name (`Maps and Recursion`): skipped, but they do not end it.
const TITLE_CONNECTORS: &[&str] = &["the", "for", "and", "of", "a", "an"];

/// The SDK's name from the document's title: its first run of meaningful words (noise such as
/// "API", "REST", "OpenAPI", versions and possessives skipped), at most three.
/// `"Gatekeeper API"` → `Gatekeeper`; `"Swagger Petstore - OpenAPI 3.0"` → `Petstore`;
/// `"GitHub's official OpenAPI spec + Octokit extension"` → `GitHub`.
pub fn sdk_name_from_title(title: &str) -> String {
    let words = title_words(title);
    let name = crate::naming::pascal(&words.join("_"));
    if words.is_empty() || !crate::naming::is_pascal_identifier(&name) {
        "Api".to_string()
    } else {
        name
    }
}

/// The words of a title that name the API (see [`sdk_name_from_title`]).
fn title_words(title: &str) -> Vec<String> {
    let without_possessives = title.replace("'s ", " ").replace("\u{2019}s ", " ");
    let is_noise =
        |w: &str| TITLE_NOISE.contains(&w.to_ascii_lowercase().as_str()) || w.chars().all(|c| c.is_ascii_digit());
    without_possessives
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .filter(|w| !TITLE_CONNECTORS.contains(&w.to_ascii_lowercase().as_str()))
        .skip_while(|w| is_noise(w))
        .take_while(|w| !is_noise(w))
        .take(3)
        .map(str::to_string)
        .collect()
}

/// A version every package registry accepts (`MAJOR.MINOR.PATCH`), from `info.version`.
pub fn package_version(info_version: &str) -> String {
    let trimmed = info_version.trim().trim_start_matches(['v', 'V']);
    let parts: Vec<&str> = trimmed.split('.').collect();
    if !parts.is_empty()
        && parts.len() <= 3
        && parts.iter().all(|p| !p.is_empty() && p.len() <= 9 && p.bytes().all(|b| b.is_ascii_digit()))
    {
        let mut nums: Vec<String> = parts
            .iter()
            .map(|p| p.trim_start_matches('0').to_string())
            .map(|p| if p.is_empty() { "0".to_string() } else { p })
            .collect();
        while nums.len() < 3 {
            nums.push("0".to_string());
        }
        nums.join(".")
    } else {
        "0.1.0".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sdk_names_from_real_titles() {
        for (title, name) in [
            ("Gatekeeper API", "Gatekeeper"),
            ("Swagger Petstore - OpenAPI 3.0", "Petstore"),
            ("Swagger Petstore", "Petstore"),
            ("Train Travel API", "TrainTravel"),
            ("Twilio - Api", "Twilio"),
            ("DigitalOcean API", "DigitalOcean"),
            ("GitHub's official OpenAPI spec + Octokit extension", "GitHub"),
            ("GitHub\u{2019}s API", "GitHub"),
            ("The Stripe REST API v1", "Stripe"),
            ("Maps and Recursion", "MapsRecursion"),
            ("Bank of America API", "BankAmerica"),
            ("API", "Api"),
            ("", "Api"),
            ("123", "Api"),
        ] {
            assert_eq!(sdk_name_from_title(title), name, "{title}");
        }
    }

    #[test]
    fn package_names_split_at_title_words() {
        let names = |title: &str| {
            let c = Config::resolve(&ConfigFile::default(), title, "1.0");
            (c.python.package, c.python.dist_name, c.rust.crate_name)
        };
        let expect = |p: &str, d: &str| (p.to_string(), d.to_string(), d.to_string());
        assert_eq!(names("GitHub's official OpenAPI spec"), expect("github", "github-sdk"));
        assert_eq!(names("Train Travel API"), expect("train_travel", "train-travel-sdk"));
        assert_eq!(names("\u{dc}n\u{ef}code St\u{f6}re"), expect("unicode_store", "unicode-store-sdk"));
        assert_eq!(names("3scale API"), expect("n3scale", "n3scale-sdk"));
        assert_eq!(names("API"), expect("api", "api-sdk"));
    }
}
