//! Embeds every data file under `data/actors/`, plus `data/agents.toml`, `data/patterns.toml`
//! and `data/lexicon.toml`, into the binary. The list is generated so that a new dictionary file
//! needs no code change.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    let actors_dir = Path::new(&root).join("data/actors");
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed={}", actors_dir.display());
    let mut files: Vec<_> = std::fs::read_dir(&actors_dir)
        .expect("data/actors exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut out =
        String::from("/// Embedded actor dictionaries: (path relative to the crate, contents).\n");
    out.push_str("pub const ACTOR_FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_name().unwrap().to_string_lossy();
        writeln!(
            out,
            "    (\"data/actors/{name}\", include_str!({:?})),",
            f.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    for (konst, rel) in [
        ("AGENTS_FILE", "data/agents.toml"),
        ("PATTERNS_FILE", "data/patterns.toml"),
        ("LEXICON_FILE", "data/lexicon.toml"),
    ] {
        let p = Path::new(&root).join(rel);
        println!("cargo:rerun-if-changed={}", p.display());
        writeln!(out, "/// Embedded `{rel}`.\npub const {konst}: (&str, &str) = (\"{rel}\", include_str!({:?}));", p.display().to_string()).unwrap();
    }
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("embedded.rs");
    std::fs::write(dest, out).unwrap();
}
