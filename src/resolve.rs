//! Local `$ref` lookups. Every lookup returns a `Result`: a dangling or foreign reference is a
//! `SpecError` with the pointer of the place that made it; chains of references are followed with a
//! bound, so a reference cycle is an error, not a hang.

use openapiv3::{Header, OpenAPI, Parameter, ReferenceOr, RequestBody, Response, Schema, SecurityScheme};

use crate::diagnostics::SpecError;

/// How many references in a row we follow before calling it a cycle.
const MAX_REF_CHAIN: usize = 32;

pub struct Resolver<'a> {
    pub doc: &'a OpenAPI,
}

/// What a component reference points at: `#/components/<kind>/<name>`.
pub fn component_name<'r>(reference: &'r str, kind: &str) -> Option<&'r str> {
    reference.strip_prefix("#/components/")?.strip_prefix(kind)?.strip_prefix('/')
}

fn unescape(segment: &str) -> String {
    crate::diagnostics::pointer_unescape(segment)
}

impl<'a> Resolver<'a> {
    pub fn new(doc: &'a OpenAPI) -> Self {
        Self { doc }
    }

    fn dangling(reference: &str, at: &str) -> SpecError {
        SpecError::at(at, format!("reference `{reference}` does not point at anything in this document"))
    }

    fn follow<T>(
        &self,
        first: &'a ReferenceOr<T>,
        at: &str,
        kind: &str,
        lookup: impl Fn(&'a openapiv3::Components, &str) -> Option<&'a ReferenceOr<T>>,
    ) -> Result<(&'a T, Option<String>), SpecError> {
        let mut current = first;
        let mut name = None;
        for _ in 0..MAX_REF_CHAIN {
            match current {
                ReferenceOr::Item(item) => return Ok((item, name)),
                ReferenceOr::Reference { reference } => {
                    let Some(raw) = component_name(reference, kind) else {
                        if reference.starts_with('#') {
                            return Err(Self::dangling(reference, at));
                        }
                        return Err(SpecError::at(
                            at,
                            format!("external reference `{reference}` is not supported; bundle the document into one file first"),
                        ));
                    };
                    let key = unescape(raw);
                    let components = self.doc.components.as_ref().ok_or_else(|| Self::dangling(reference, at))?;
                    current = lookup(components, &key).ok_or_else(|| Self::dangling(reference, at))?;
                    name = Some(key);
                }
            }
        }
        Err(SpecError::at(at, format!("reference cycle: `{kind}` references never reach a definition")))
    }

    /// The schema a reference points at, and the component name when it went through one.
    pub fn schema(&self, s: &'a ReferenceOr<Schema>, at: &str) -> Result<(&'a Schema, Option<String>), SpecError> {
        self.follow(s, at, "schemas", |c, k| c.schemas.get(k))
    }

    pub fn boxed_schema(
        &self,
        s: &'a ReferenceOr<Box<Schema>>,
        at: &str,
    ) -> Result<(&'a Schema, Option<String>), SpecError> {
        match s {
            ReferenceOr::Item(b) => Ok((b, None)),
            ReferenceOr::Reference { reference } => {
                // Same lookup as `schema`, through an owned reference value.
                let components = self.doc.components.as_ref().ok_or_else(|| Self::dangling(reference, at))?;
                let Some(raw) = component_name(reference, "schemas") else {
                    return Err(Self::dangling(reference, at));
                };
                let key = unescape(raw);
                let target = components.schemas.get(&key).ok_or_else(|| Self::dangling(reference, at))?;
                let (schema, _) = self.schema(target, at)?;
                Ok((schema, Some(key)))
            }
        }
    }

    pub fn parameter(&self, p: &'a ReferenceOr<Parameter>, at: &str) -> Result<&'a Parameter, SpecError> {
        self.follow(p, at, "parameters", |c, k| c.parameters.get(k)).map(|(p, _)| p)
    }

    pub fn request_body(&self, b: &'a ReferenceOr<RequestBody>, at: &str) -> Result<&'a RequestBody, SpecError> {
        self.follow(b, at, "requestBodies", |c, k| c.request_bodies.get(k)).map(|(b, _)| b)
    }

    pub fn response(&self, r: &'a ReferenceOr<Response>, at: &str) -> Result<&'a Response, SpecError> {
        self.follow(r, at, "responses", |c, k| c.responses.get(k)).map(|(r, _)| r)
    }

    pub fn header(&self, h: &'a ReferenceOr<Header>, at: &str) -> Result<&'a Header, SpecError> {
        self.follow(h, at, "headers", |c, k| c.headers.get(k)).map(|(h, _)| h)
    }

    pub fn security_scheme(
        &self,
        s: &'a ReferenceOr<SecurityScheme>,
        at: &str,
    ) -> Result<&'a SecurityScheme, SpecError> {
        self.follow(s, at, "securitySchemes", |c, k| c.security_schemes.get(k)).map(|(s, _)| s)
    }

    pub fn example(
        &self,
        e: &'a ReferenceOr<openapiv3::Example>,
        at: &str,
    ) -> Result<&'a openapiv3::Example, SpecError> {
        self.follow(e, at, "examples", |c, k| c.examples.get(k)).map(|(e, _)| e)
    }
}
