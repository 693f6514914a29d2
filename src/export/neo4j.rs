//! Neo4j: CSV files for `neo4j-admin database import full`, and a Cypher script of `MERGE`
//! statements for small graphs (paste into Neo4j Browser or pipe into `cypher-shell`).
//!
//! `actors.csv` has `id:ID(Actor)` and `:LABEL` (`Actor;State`, `Actor;ArmedGroup`, …);
//! `relations.csv` has `:START_ID(Actor)`, `:END_ID(Actor)` and `:TYPE` (`MEDIATES`,
//! `ADVERSARY_OF`, `PROXY_OF`, `ALLY_OF`) plus typed properties. Arrays use `;` (neo4j-admin's
//! default array delimiter), so texts that may contain `;` (the evidence) are one JSON string.
//! Every field is quoted with quotes doubled; fields with line breaks need
//! `--multiline-fields=true`, which the `import.sh` written next to the CSVs passes.

use std::fmt::Write as _;

use crate::graph::Relation;
use crate::graph::{ActorGraph, Edge, Node};

/// The Neo4j relationship type of a relation.
pub fn rel_type(r: Relation) -> &'static str {
    match r {
        Relation::Mediator => "MEDIATES",
        Relation::Adversary => "ADVERSARY_OF",
        Relation::Proxy => "PROXY_OF",
        Relation::Ally => "ALLY_OF",
    }
}

/// The Neo4j labels of an actor kind: `Actor` and the kind in CamelCase (`armed_group` →
/// `ArmedGroup`).
pub fn labels(kind: &str) -> Vec<String> {
    let camel: String = kind
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect();
    if camel.is_empty() || camel == "Actor" {
        vec!["Actor".into()]
    } else {
        vec!["Actor".into(), camel]
    }
}

/// A quoted CSV field, quotes doubled.
pub(crate) fn field(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// Joins array elements with `;` (elements containing `;` cannot be told apart by neo4j-admin:
/// only ids, which never contain it, are written as arrays, plus aliases).
fn array(items: &[String]) -> String {
    items.join(";")
}

fn row(fields: &[String]) -> String {
    let mut s = fields.join(",");
    s.push('\n');
    s
}

/// The node file (`actors.csv`).
pub fn actors_csv(graph: &ActorGraph) -> String {
    let mut s = String::from(
        "id:ID(Actor),name,kind,aliases:string[],parent,country,office,mentions:long,:LABEL\n",
    );
    for n in graph.nodes() {
        s.push_str(&row(&[
            field(&n.id),
            field(&n.label),
            field(&n.kind),
            field(&array(&n.aliases)),
            field(n.parent.as_deref().unwrap_or("")),
            field(n.country.as_deref().unwrap_or("")),
            field(n.office.as_deref().unwrap_or("")),
            n.mentions.to_string(),
            field(&labels(&n.kind).join(";")),
        ]));
    }
    s
}

fn other_parties(e: &Edge, target: &Node) -> Vec<String> {
    if e.relation == Relation::Mediator {
        ActorGraph::other_parties(e, &target.id)
    } else {
        Vec::new()
    }
}

/// The relationship file (`relations.csv`).
pub fn relations_csv(graph: &ActorGraph) -> String {
    let mut s = String::from(
        ":START_ID(Actor),:END_ID(Actor),:TYPE,relation,symmetric:boolean,weight:long,evidence_count:long,documents:string[],other_parties:string[],evidence\n",
    );
    for (src, dst, e) in graph.edges() {
        s.push_str(&row(&[
            field(&src.id),
            field(&dst.id),
            field(rel_type(e.relation)),
            field(e.relation.as_str()),
            e.relation.is_symmetric().to_string(),
            e.weight.to_string(),
            e.evidence.len().to_string(),
            field(&array(&super::edge_documents(e))),
            field(&array(&other_parties(e, dst))),
            field(&serde_json::to_string(&e.evidence).expect("serialises")),
        ]));
    }
    s
}

/// The `neo4j-admin` command that imports the CSVs into a new database `actors`.
pub fn import_script() -> String {
    "#!/bin/sh\n# Imports actors.csv and relations.csv into a new Neo4j database (written by actorgraph).\n\
     # Usage: ./import.sh [DATABASE]   (the database must not exist yet; stop Neo4j first)\n\
     cd \"$(dirname \"$0\")\" || exit 1\n\
     neo4j-admin database import full --nodes=actors.csv --relationships=relations.csv \\\n  \
     --delimiter=',' --array-delimiter=';' --quote='\"' --multiline-fields=true \"${1:-actors}\"\n"
        .to_string()
}

/// A Cypher string literal: single quotes, with `\`, `'`, and control characters escaped.
pub fn cypher_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => write!(out, "\\u{:04X}", c as u32).unwrap(),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

fn cypher_list(items: &[String]) -> String {
    format!(
        "[{}]",
        items
            .iter()
            .map(|i| cypher_string(i))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// A Cypher script that MERGEs every actor and relation (idempotent: running it twice changes
/// nothing). Meant for small graphs; use the CSVs beyond a few thousand edges.
pub fn to_cypher(graph: &ActorGraph) -> String {
    let mut s = String::from("// actorgraph: actors and relations as Cypher MERGE statements\n");
    s.push_str("CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;\n");
    for n in graph.nodes() {
        let labels = labels(&n.kind);
        let mut sets: Vec<String> = labels
            .iter()
            .skip(1)
            .map(|l| format!("a:`{}`", l.replace('`', "``")))
            .collect();
        sets.push(format!("a.name = {}", cypher_string(&n.label)));
        sets.push(format!("a.kind = {}", cypher_string(&n.kind)));
        sets.push(format!("a.aliases = {}", cypher_list(&n.aliases)));
        sets.push(format!("a.mentions = {}", n.mentions));
        write!(
            s,
            "MERGE (a:Actor {{id: {}}}) SET {}",
            cypher_string(&n.id),
            sets.join(", ")
        )
        .unwrap();
        for (k, v) in [
            ("parent", &n.parent),
            ("country", &n.country),
            ("office", &n.office),
        ] {
            if let Some(v) = v {
                write!(s, ", a.{k} = {}", cypher_string(v)).unwrap();
            }
        }
        s.push_str(";\n");
    }
    for (src, dst, e) in graph.edges() {
        writeln!(
            s,
            "MATCH (s:Actor {{id: {}}}), (t:Actor {{id: {}}}) MERGE (s)-[r:{}]->(t) SET r.relation = {}, r.symmetric = {}, r.weight = {}, r.evidence_count = {}, r.documents = {}, r.other_parties = {}, r.evidence = {};",
            cypher_string(&src.id),
            cypher_string(&dst.id),
            rel_type(e.relation),
            cypher_string(e.relation.as_str()),
            e.relation.is_symmetric(),
            e.weight,
            e.evidence.len(),
            cypher_list(&super::edge_documents(e)),
            cypher_list(&other_parties(e, dst)),
            cypher_string(&serde_json::to_string(&e.evidence).expect("serialises")),
        )
        .unwrap();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cypher_strings_escape_quotes_backslashes_and_line_breaks() {
        assert_eq!(cypher_string(r#"O'Neil "x" \ y"#), r#"'O\'Neil "x" \\ y'"#);
        assert_eq!(cypher_string("a\nb\r\tc\u{1}"), r"'a\nb\r\tc\u0001'");
        assert_eq!(cypher_string("中国"), "'中国'");
    }

    #[test]
    fn labels_are_camel_case_kinds_after_actor() {
        assert_eq!(labels("armed_group"), ["Actor", "ArmedGroup"]);
        assert_eq!(labels("state"), ["Actor", "State"]);
        assert_eq!(labels(""), ["Actor"]);
        assert_eq!(labels("actor"), ["Actor"]);
    }

    #[test]
    fn csv_fields_double_quotes() {
        assert_eq!(field(r#"say "hi""#), r#""say ""hi""""#);
    }
}
