// The templates are embedded with `include_dir!`, which tells Cargo about the files it read but not
// about files added later; watching the folder rebuilds the binary when a template is added too.
fn main() {
    println!("cargo:rerun-if-changed=templates");
}
