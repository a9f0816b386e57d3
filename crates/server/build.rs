//! A release build embeds `web/dist` (see `src/web.rs`), so it must be redone when the web
//! application is rebuilt: rust-embed lists the files when it compiles. Debug builds read the
//! folder at run time and never need to rebuild for it.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("PROFILE").as_deref() == Ok("release") {
        // Watching web/ itself while dist/ is absent notices its first build.
        let watched = if std::path::Path::new("../../web/dist").exists() {
            "../../web/dist"
        } else {
            "../../web"
        };
        println!("cargo:rerun-if-changed={watched}");
    }
}
