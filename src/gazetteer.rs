//! The actor dictionary (gazetteer) and the matcher that finds actor mentions in a sentence.
//!
//! This module owns:
//! - the data model of an actor ([`Actor`], [`ActorKind`]) and its TOML format (documented in the
//!   README and in the header of `data/actors/*.toml`);
//! - loading and validating dictionary files, embedded or the user's (`--actors FILE`): ids are
//!   unique slugs, parents exist, and no name form belongs to two actors;
//! - *derived* actors: a state's demonym followed by an agent noun from `data/agents.toml`
//!   ("Afghan rebels", "Ugandan opposition") is an actor of its own, tied to its country, the way
//!   CAMEO composes actor codes;
//! - mention finding: word-bounded, leftmost-longest, case-aware (an alias without lowercase
//!   letters such as `US` matches only as written; capitalised words must be capitalised in the
//!   text), on text folded by [`crate::text`]. Capitals used as venues ("talks in Muscat") are not
//!   mentions of the government. Names are searched (Aho-Corasick, anchored) only where a word
//!   starts with a byte some name can start with, not at every byte of a sentence.

use std::collections::HashMap;

use rustc_hash::{FxHashMap, FxHashSet};

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::error::{line_of, Error, Result};
use crate::text::fold;

/// What kind of actor an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A sovereign or de-facto state.
    State,
    /// An intergovernmental or international organisation, or a coalition.
    Organization,
    /// An organ of a state: armed forces, intelligence service, ministry.
    StateOrgan,
    /// A regional or sub-state government.
    Government,
    /// A non-state armed group.
    ArmedGroup,
    /// A political party or movement, or an opposition.
    PoliticalParty,
    /// A person (leaders, envoys).
    Person,
    /// A news agency or outlet.
    Media,
}

impl ActorKind {
    /// The snake_case name used in data files and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::State => "state",
            ActorKind::Organization => "organization",
            ActorKind::StateOrgan => "state_organ",
            ActorKind::Government => "government",
            ActorKind::ArmedGroup => "armed_group",
            ActorKind::PoliticalParty => "political_party",
            ActorKind::Person => "person",
            ActorKind::Media => "media",
        }
    }

    /// Every kind, in declaration order.
    pub const ALL: [ActorKind; 8] = [
        ActorKind::State,
        ActorKind::Organization,
        ActorKind::StateOrgan,
        ActorKind::Government,
        ActorKind::ArmedGroup,
        ActorKind::PoliticalParty,
        ActorKind::Person,
        ActorKind::Media,
    ];

    /// Parses the snake_case name.
    pub fn parse(s: &str) -> Option<ActorKind> {
        Some(match s {
            "state" => ActorKind::State,
            "organization" => ActorKind::Organization,
            "state_organ" => ActorKind::StateOrgan,
            "government" => ActorKind::Government,
            "armed_group" => ActorKind::ArmedGroup,
            "political_party" => ActorKind::PoliticalParty,
            "person" => ActorKind::Person,
            "media" => ActorKind::Media,
            _ => return None,
        })
    }
}

/// One actor as the dictionary describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Stable readable slug (`iran`, `hezbollah`).
    pub id: String,
    /// Display name, never re-cased.
    pub name: String,
    /// Kind of actor.
    pub kind: ActorKind,
    /// Other names: official and short forms, acronyms, former names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Adjectives and people-forms ("Iranian", "Iranians").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub demonyms: Vec<String>,
    /// Capitals and seats of government standing for the government ("Tehran", "the Kremlin").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metonyms: Vec<String>,
    /// The actor this one belongs to (an organ's state, a leader's state or group).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// The country a derived actor ("Afghan rebels") or an armed group of the dictionary
    /// (Hezbollah: Lebanon) comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Names that stand for this actor only in a document that names one of `context`
    /// ("the international coalition" in an article about ISIL).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context_aliases: Vec<String>,
    /// Ids of the actors whose mention in a document (earlier, or in the same sentence)
    /// licenses `context_aliases`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<String>,
    /// A person's office.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office: Option<String>,
    /// Start of a person's term (year or ISO date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// End of a person's term (year or ISO date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

impl Actor {
    /// Every name form of the actor: name, aliases, demonyms, metonyms.
    pub fn all_names(&self) -> impl Iterator<Item = (&str, Form)> {
        std::iter::once((self.name.as_str(), Form::Name))
            .chain(self.aliases.iter().map(|a| (a.as_str(), Form::Name)))
            .chain(self.demonyms.iter().map(|a| (a.as_str(), Form::Demonym)))
            .chain(self.metonyms.iter().map(|a| (a.as_str(), Form::Metonym)))
    }
}

/// How a mention names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    /// A name or alias.
    Name,
    /// A demonym ("Iranian").
    Demonym,
    /// A capital or seat of government ("Tehran").
    Metonym,
    /// A demonym with an agent noun ("Afghan rebels").
    Derived,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorFile {
    #[serde(default)]
    actor: Vec<Actor>,
}

/// An agent noun that makes a derived actor with a state's demonym.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agent {
    /// Slug appended to the state's id (`afghanistan-rebels`).
    pub id: String,
    /// Plural label appended to the demonym ("rebels").
    pub label: String,
    /// Kind of the derived actor.
    pub kind: ActorKind,
    /// Surface forms that follow the demonym ("rebels", "guerrillas", "insurgents").
    pub forms: Vec<String>,
    /// Lowercase words allowed between the demonym and the form ("nationalist", "armed").
    #[serde(default)]
    pub modifiers: Vec<String>,
    /// Forms that make the actor only after a compound of support ("Turkish-backed
    /// fighters"), where a bare demonym would name the state's own ("Turkish fighters").
    #[serde(default)]
    pub backed_forms: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AgentFile {
    #[serde(default)]
    agent: Vec<Agent>,
}

/// A reference to an actor of a [`Gazetteer`]: an index into its actor table.
pub type ActorIdx = u32;

/// An actor mention in a (folded) sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// The actor.
    pub actor: ActorIdx,
    /// Byte offset in the folded sentence.
    pub start: usize,
    /// Byte offset after the mention in the folded sentence.
    pub end: usize,
    /// How the actor is named.
    pub form: Form,
    /// The actor the name says its bearer stands against ("the anti-ISIL coalition").
    pub opposes: Option<ActorIdx>,
}

#[derive(Debug, Clone)]
struct Entry {
    actor: ActorIdx,
    form: Form,
    /// A context alias: the actors that must be named in the document for it to count.
    context: Option<Vec<ActorIdx>>,
    /// The alias has no lowercase letter: match only as written.
    exact: bool,
    /// Byte positions that must be uppercase in the text.
    caps: Vec<u16>,
    folded: Vec<u8>,
    /// The actor the name stands against (see [`Gazetteer::opposed_in_name`]).
    opposes: Option<ActorIdx>,
}

/// The dictionary's names (ASCII lowercase) as a trie, walked from a word start by
/// [`Gazetteer::walk`]: a name is only ever looked for where it starts, so the failure links
/// and match lists of an Aho-Corasick automaton were never used, and building one was about
/// 100 M instructions of every process's start-up.
///
/// The nodes are laid out in one `u32` array in depth-first order (a name's nodes mostly
/// follow one another): at a node's offset `o`, `trie[o]` holds its number of children
/// (`DENSE` for a table) and `HAS_NAMES`, `trie[o + 1..o + 3]` the range of `names` equal to
/// its prefix; then either a table of child offsets by byte class (0: none) or, for each
/// child, its byte and its offset.
#[derive(Debug, Clone)]
struct NameTrie {
    trie: Vec<u32>,
    /// Each byte's class in the tables: 0 for the bytes no name has, else 1 + the byte's
    /// rank among those a name has (the tables are that many words long, not 256).
    classes: [u8; 256],
    /// Pattern ids (indices of [`Gazetteer::entries`]), each node's in ascending order.
    names: Vec<u32>,
}

impl Default for NameTrie {
    fn default() -> NameTrie {
        NameTrie::new(std::iter::empty::<Vec<u8>>()).expect("the empty trie")
    }
}

impl NameTrie {
    /// The root's offset.
    const ROOT: usize = 0;
    const DENSE: u32 = 1 << 30;
    const HAS_NAMES: u32 = 1 << 31;
    const COUNT: u32 = 0x1ff;
    /// Nodes with more children than this (and the root) get a table: a scan of a long list
    /// cost more than the table's look-up.
    const SPARSE_MAX: usize = 2;

    /// The trie of `keys`; key `i` is reported as pattern `i`.
    fn new(keys: impl Iterator<Item = Vec<u8>>) -> std::result::Result<NameTrie, String> {
        let keys: Vec<Vec<u8>> = keys.collect();
        let mut order: Vec<u32> = (0..keys.len() as u32).collect();
        // Stable: equal keys keep their pattern order.
        order.sort_by(|&a, &b| keys[a as usize].cmp(&keys[b as usize]));
        let mut classes = [0u8; 256];
        for k in &keys {
            for &b in k {
                classes[usize::from(b)] = 1;
            }
        }
        let mut n_classes = 1u8;
        for c in classes.iter_mut().filter(|c| **c != 0) {
            *c = n_classes;
            n_classes += 1;
        }
        let mut trie = NameTrie {
            trie: Vec::new(),
            classes,
            names: Vec::with_capacity(keys.len()),
        };
        if keys.len() >= NameTrie::DENSE as usize {
            return Err(format!("{} names: too many for the trie", keys.len()));
        }
        trie.add_node(&keys, &order, 0, usize::from(n_classes));
        if trie.trie.len() >= NameTrie::DENSE as usize {
            return Err(format!("{} names: too many for the trie", keys.len()));
        }
        Ok(trie)
    }

    /// Appends the node of `order` (keys in ascending order, sharing their first `depth`
    /// bytes) and, after it, its descendants, depth first; returns its offset.
    fn add_node(
        &mut self,
        keys: &[Vec<u8>],
        order: &[u32],
        depth: usize,
        n_classes: usize,
    ) -> usize {
        // One key left (most nodes): the chain of its remaining bytes, each node with one
        // child right after it, laid out as the general case below would.
        if let [only] = *order {
            if self.trie.len() != NameTrie::ROOT {
                let first = self.trie.len();
                let at = self.names.len() as u32;
                for &b in &keys[only as usize][depth..] {
                    let o = self.trie.len() as u32;
                    self.trie.extend([1, at, at, u32::from(b), o + 5]);
                }
                self.names.push(only);
                self.trie.extend([NameTrie::HAS_NAMES, at, at + 1]);
                return first;
            }
        }
        // The keys that end here sort before the longer ones.
        let ends = (order.iter())
            .take_while(|&&pid| keys[pid as usize].len() == depth)
            .count();
        let (here, longer) = order.split_at(ends);
        // The children: the runs of `longer` with the same next byte (counted here, walked
        // again below: no list of them per node).
        let run_at = |i: usize| -> (u8, usize) {
            let b = keys[longer[i] as usize][depth];
            let run = (longer[i..].iter())
                .take_while(|&&pid| keys[pid as usize][depth] == b)
                .count();
            (b, run)
        };
        let mut n_kids = 0;
        let mut i = 0;
        while i < longer.len() {
            i += run_at(i).1;
            n_kids += 1;
        }
        let o = self.trie.len();
        let dense = o == NameTrie::ROOT || n_kids > NameTrie::SPARSE_MAX;
        let mut head = if dense {
            NameTrie::DENSE
        } else {
            n_kids as u32
        };
        if !here.is_empty() {
            head |= NameTrie::HAS_NAMES;
        }
        let names_from = self.names.len() as u32;
        self.names.extend_from_slice(here);
        self.trie
            .extend([head, names_from, self.names.len() as u32]);
        if dense {
            self.trie.resize(o + 3 + n_classes, 0);
        } else {
            let mut i = 0;
            while i < longer.len() {
                let (b, run) = run_at(i);
                self.trie.extend([u32::from(b), 0]);
                i += run;
            }
        }
        let mut i = 0;
        let mut k = 0;
        while i < longer.len() {
            let (b, run) = run_at(i);
            let child = self.add_node(keys, &longer[i..i + run], depth + 1, n_classes) as u32;
            let slot = if dense {
                o + 3 + usize::from(self.classes[usize::from(b)])
            } else {
                o + 4 + 2 * k
            };
            self.trie[slot] = child;
            i += run;
            k += 1;
        }
        o
    }

    /// The offset of the child by byte `b` of the node at `o`, whose first word is `head`.
    #[inline]
    fn child(&self, o: usize, head: u32, b: u8) -> Option<usize> {
        let t = &self.trie;
        let next = if head & NameTrie::DENSE != 0 {
            t[o + 3 + usize::from(self.classes[usize::from(b)])]
        } else {
            let n = (head & NameTrie::COUNT) as usize;
            let mut k = o + 3;
            let end = k + 2 * n;
            loop {
                if k >= end {
                    return None;
                }
                if t[k] == u32::from(b) {
                    break t[k + 1];
                }
                k += 2;
            }
        };
        (next != 0).then_some(next as usize)
    }

    /// Reports the names of the node at `o` as matches of `span`, in pattern order.
    #[cold]
    #[inline(never)]
    fn report(
        &self,
        o: usize,
        span: std::ops::Range<usize>,
        matches: &mut Vec<aho_corasick::Match>,
    ) {
        for &pid in self.names_at(o) {
            matches.push(aho_corasick::Match::must(pid as usize, span.clone()));
        }
    }

    /// The names equal to the prefix of the node at `o`, in pattern order.
    #[inline]
    fn names_at(&self, o: usize) -> &[u32] {
        &self.names[self.trie[o + 1] as usize..self.trie[o + 2] as usize]
    }
}

/// A compiled actor dictionary.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    actors: Vec<Actor>,
    by_id: HashMap<String, ActorIdx>,
    entries: Vec<Entry>,
    /// Every name, ASCII case-insensitive; walked directly from word starts (see
    /// [`Gazetteer::find_mentions`]).
    matcher: NameTrie,
    /// `starts[b]`: some name can begin, in a text, with byte `b` (see [`Gazetteer::find_mentions`]).
    starts: [bool; 256],
    /// Every name begins with a letter, a digit or a non-ASCII character (no quote, no
    /// bracket): a name then begins where a word does, which the ASCII fast path relies on.
    starts_words: bool,
    /// Agent follow-up matcher: `^ (modifier )?form\b` → agent index.
    agent_re: Option<Regex>,
    /// The first words (ASCII letters and digits) of the modifiers and forms `agent_re` starts
    /// with: the word after a mention must be one of them for `agent_re` to match; `None` when
    /// one of them starts with no such word or a longer one than `AGENT_WORD_MAX` (then every
    /// mention is tried).
    agent_first_words: Option<FxHashSet<String>>,
    agent_forms: HashMap<String, usize>,
    /// Agent nouns that compose only after a compound of support ([`Agent::backed_forms`]).
    backed_forms: HashMap<String, usize>,
    agents: Vec<Agent>,
    /// `parents[i]`: the index of actor `i`'s parent.
    parents: Vec<Option<ActorIdx>>,
    /// (state idx, agent idx) → derived actor idx.
    derived: HashMap<(ActorIdx, usize), ActorIdx>,
    /// (state idx, agent idx) → the actor a compound of support composes ("Iran-backed
    /// militias"); matched by no name, made by the clause reader ([`Gazetteer::backed`]).
    backed: HashMap<(ActorIdx, usize), ActorIdx>,
    /// Index of the first composed actor: they come last and have no name the text matches.
    composed_from: usize,
}

/// Builds a [`Gazetteer`] from dictionary files.
#[derive(Debug, Default)]
pub struct GazetteerBuilder {
    actors: Vec<Actor>,
    origin: Vec<(String, usize, bool)>, // file, line, user-supplied
    /// Index of each actor id in `actors` (a duplicate check in constant time).
    by_id: HashMap<String, usize>,
    agents: Vec<Agent>,
    warnings: Vec<String>,
}

/// Normal form used to detect two actors claiming the same name.
pub fn alias_key(s: &str) -> String {
    let f = fold(s).to_lowercase();
    let f = f.trim();
    f.strip_prefix("the ").unwrap_or(f).to_string()
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn toml_error(file: &str, text: &str, e: &toml::de::Error) -> Error {
    let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(0);
    Error::data(file, line, e.message().to_string())
}

/// Line of the `id = "…"` entry of an actor in a file's text.
fn line_of_id(text: &str, id: &str) -> usize {
    let needle = format!("\"{id}\"");
    text.find(&needle).map(|o| line_of(text, o)).unwrap_or(0)
}

impl GazetteerBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// The builder loaded with the embedded dictionaries and agents.
    pub fn embedded() -> Result<Self> {
        let mut b = Self::new();
        for (name, text) in crate::embedded::ACTOR_FILES {
            b.add_toml(name, text, false)?;
        }
        let (name, text) = crate::embedded::AGENTS_FILE;
        b.add_agents(name, text)?;
        Ok(b)
    }

    /// Adds the actors of one TOML file. `user` files may override embedded actors by id.
    pub fn add_toml(&mut self, file: &str, text: &str, user: bool) -> Result<&mut Self> {
        let parsed: ActorFile = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
        // Actors come in file order: each id is looked for after the previous one, and lines
        // are counted once (the whole file per actor made loading quadratic).
        let (mut cursor, mut cursor_line) = (0usize, 1usize);
        for actor in parsed.actor {
            let needle = format!("id = \"{}\"", actor.id);
            let line = match text[cursor..].find(&needle) {
                Some(o) => {
                    cursor_line += text[cursor..cursor + o]
                        .bytes()
                        .filter(|&b| b == b'\n')
                        .count();
                    cursor += o;
                    cursor_line
                }
                None => line_of_id(text, &actor.id),
            };
            if !is_slug(&actor.id) {
                return Err(Error::data(
                    file,
                    line,
                    format!("actor id {:?} is not a slug ([a-z0-9-])", actor.id),
                ));
            }
            if actor.name.trim().is_empty() {
                return Err(Error::data(
                    file,
                    line,
                    format!("actor {:?} has an empty name", actor.id),
                ));
            }
            if let Some(&pos) = self.by_id.get(&actor.id) {
                if user {
                    self.warnings.push(format!(
                        "{file}:{line}: actor {:?} overrides the built-in entry",
                        actor.id
                    ));
                    self.actors[pos] = actor;
                    self.origin[pos] = (file.to_string(), line, true);
                    continue;
                }
                let (f, l, _) = &self.origin[pos];
                return Err(Error::data(
                    file,
                    line,
                    format!(
                        "duplicate actor id {:?} (first defined at {f}:{l})",
                        actor.id
                    ),
                ));
            }
            self.by_id.insert(actor.id.clone(), self.actors.len());
            self.actors.push(actor);
            self.origin.push((file.to_string(), line, user));
        }
        Ok(self)
    }

    /// Adds agent nouns (`data/agents.toml` format).
    pub fn add_agents(&mut self, file: &str, text: &str) -> Result<&mut Self> {
        let parsed: AgentFile = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
        for agent in parsed.agent {
            if !is_slug(&agent.id) {
                let line = line_of_id(text, &agent.id);
                return Err(Error::data(
                    file,
                    line,
                    format!("agent id {:?} is not a slug", agent.id),
                ));
            }
            self.agents.push(agent);
        }
        Ok(self)
    }

    /// Warnings collected so far (overrides, names taken over by the user's file).
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// Validates and compiles the dictionary.
    pub fn build(mut self) -> Result<(Gazetteer, Vec<String>)> {
        // Sort by id so that indices, and everything derived from them, are deterministic.
        let mut order: Vec<usize> = (0..self.actors.len()).collect();
        order.sort_by(|&a, &b| self.actors[a].id.cmp(&self.actors[b].id));
        // Moved into that order, not cloned (each actor holds a dozen strings).
        let mut slots: Vec<Option<Actor>> = std::mem::take(&mut self.actors)
            .into_iter()
            .map(Some)
            .collect();
        let actors: Vec<Actor> = (order.iter())
            .map(|&i| slots[i].take().expect("each actor once"))
            .collect();
        let origin: Vec<_> = order.iter().map(|&i| self.origin[i].clone()).collect();
        let mut by_id = HashMap::new();
        for (i, a) in actors.iter().enumerate() {
            by_id.insert(a.id.clone(), i as ActorIdx);
        }
        for (a, (file, line, _)) in actors.iter().zip(&origin) {
            if let Some(p) = &a.parent {
                if !by_id.contains_key(p) {
                    return Err(Error::data(
                        file,
                        *line,
                        format!("actor {:?}: unknown parent {:?}", a.id, p),
                    ));
                }
                if p == &a.id {
                    return Err(Error::data(
                        file,
                        *line,
                        format!("actor {:?} is its own parent", a.id),
                    ));
                }
            }
            if let Some(c) = a.context.iter().find(|c| !by_id.contains_key(*c)) {
                return Err(Error::data(
                    file,
                    *line,
                    format!("actor {:?}: unknown context actor {:?}", a.id, c),
                ));
            }
            if a.context.is_empty() != a.context_aliases.is_empty() {
                return Err(Error::data(
                    file,
                    *line,
                    format!("actor {:?}: context_aliases and context go together", a.id),
                ));
            }
        }
        let mut gaz = Gazetteer {
            actors,
            by_id,
            entries: Vec::new(),
            matcher: NameTrie::default(),
            starts: [false; 256],
            starts_words: true,
            agent_re: None,
            agent_first_words: None,
            agent_forms: HashMap::new(),
            backed_forms: HashMap::new(),
            agents: std::mem::take(&mut self.agents),
            parents: Vec::new(),
            derived: HashMap::new(),
            backed: HashMap::new(),
            composed_from: 0,
        };
        gaz.add_derived_actors();
        gaz.parents = (gaz.actors.iter())
            .map(|a| a.parent.as_deref().and_then(|p| gaz.index_of(p)))
            .collect();
        // Name forms: each key may belong to one actor only.
        let mut owner: FxHashMap<String, ActorIdx> = FxHashMap::default();
        // Every name's key, in the order both loops below read the names (computed once).
        let mut keys: Vec<String> = Vec::new();
        let mut removed: Vec<(ActorIdx, String)> = Vec::new();
        // Where an actor was defined, for error messages (derived actors have no file line).
        let place = |i: usize| -> (&str, usize) {
            origin
                .get(i)
                .map(|(f, l, _)| (f.as_str(), *l))
                .unwrap_or(("<derived>", 0))
        };
        let named = &gaz.actors[..gaz.composed_from.max(gaz.base_len())];
        for (i, a) in named.iter().enumerate() {
            for name in a
                .all_names()
                .map(|n| n.0)
                .chain(a.context_aliases.iter().map(String::as_str))
            {
                let key = alias_key(name);
                keys.push(key.clone());
                if key.is_empty() {
                    let (file, line) = place(i);
                    return Err(Error::data(
                        file,
                        line,
                        format!("actor {:?} has an empty name form", a.id),
                    ));
                }
                match owner.get(&key) {
                    Some(&other) if other != i as ActorIdx => {
                        let user_i = origin.get(i).is_some_and(|o| o.2);
                        let user_o = origin.get(other as usize).is_some_and(|o| o.2);
                        let other_id = &gaz.actors[other as usize].id;
                        if user_i && !user_o {
                            self.warnings.push(format!(
                                "name {name:?} now means {:?}, not {other_id:?}",
                                a.id
                            ));
                            removed.push((other, key.clone()));
                            owner.insert(key, i as ActorIdx);
                        } else if user_o && !user_i {
                            removed.push((i as ActorIdx, key.clone()));
                        } else {
                            let (file, line) = place(i);
                            return Err(Error::data(
                                file,
                                line,
                                format!("name {name:?} of actor {:?} already belongs to actor {other_id:?}", a.id),
                            ));
                        }
                    }
                    _ => {
                        owner.insert(key, i as ActorIdx);
                    }
                }
            }
        }
        let mut entries = Vec::new();
        let mut keys = keys.into_iter();
        for (i, a) in named.iter().enumerate() {
            let context: Vec<ActorIdx> = a.context.iter().filter_map(|c| gaz.index_of(c)).collect();
            let names = a.all_names().map(|(n, f)| (n, f, None)).chain(
                a.context_aliases
                    .iter()
                    .map(|n| (n.as_str(), Form::Name, Some(context.clone()))),
            );
            for (name, form, context) in names {
                let key = keys.next().expect("a key per name");
                if removed
                    .iter()
                    .any(|(r, k)| *r == i as ActorIdx && *k == key)
                {
                    continue;
                }
                let folded = fold(name.trim());
                let exact = !folded.chars().any(|c| c.is_lowercase());
                let mut caps = Vec::new();
                let mut word_start = true;
                for (pos, c) in folded.char_indices() {
                    if word_start && c.is_uppercase() {
                        caps.push(pos as u16);
                    }
                    word_start = !c.is_alphanumeric() && c != '\'';
                }
                let form = if i >= gaz.base_len() {
                    Form::Derived
                } else {
                    form
                };
                entries.push(Entry {
                    actor: i as ActorIdx,
                    form,
                    context,
                    exact,
                    caps,
                    folded: folded.into_bytes(),
                    opposes: None,
                });
            }
        }
        entries.sort_by(|a, b| a.folded.cmp(&b.folded).then(a.actor.cmp(&b.actor)));
        entries.dedup_by(|a, b| a.folded == b.folded && a.actor == b.actor);
        // The names in ASCII lowercase, matched against the text's bytes in ASCII lowercase
        // (`walk`): the same matches in the same order as an ASCII-case-insensitive automaton.
        let matcher = NameTrie::new(entries.iter().map(|e| e.folded.to_ascii_lowercase()))
            .map_err(|e| Error::data("<gazetteer>", 0, e))?;
        // The bytes a match can start with in a text, as the checks in `find_mentions` accept
        // it: an alias as written, or with its first letter in either case when the alias
        // begins in lowercase ("al-Qaeda"); a capital stays a capital.
        for e in &entries {
            let Some(&b) = e.folded.first() else { continue };
            gaz.starts[b as usize] = true;
            if !e.exact && b.is_ascii_lowercase() {
                gaz.starts[b.to_ascii_uppercase() as usize] = true;
            }
            if !e.exact && b.is_ascii_uppercase() && !e.caps.contains(&0) {
                gaz.starts[b.to_ascii_lowercase() as usize] = true;
            }
        }
        gaz.starts_words = (0..=255u8)
            .all(|b| !gaz.starts[b as usize] || b.is_ascii_alphanumeric() || !b.is_ascii());
        gaz.entries = entries;
        gaz.matcher = matcher;
        // What a name says its bearer stands against, read once here with the finished matcher.
        let opposes: Vec<Option<ActorIdx>> = (gaz.entries.iter())
            .map(|e| {
                let name = std::str::from_utf8(&e.folded).ok()?;
                gaz.opposed_in_name(name).filter(|&foe| foe != e.actor)
            })
            .collect();
        for (e, o) in gaz.entries.iter_mut().zip(opposes) {
            e.opposes = o;
        }
        Ok((gaz, self.warnings))
    }
}

impl Gazetteer {
    /// The embedded dictionary.
    pub fn embedded() -> Result<Gazetteer> {
        Ok(GazetteerBuilder::embedded()?.build()?.0)
    }

    fn base_len(&self) -> usize {
        self.actors.len() - self.derived.len() - self.backed.len()
    }

    /// Creates one derived actor per (state with a demonym, agent).
    fn add_derived_actors(&mut self) {
        /// An actor made from a state and an agent noun, with no dictionary entry of its own.
        fn generic_actor(
            id: String,
            name: String,
            kind: ActorKind,
            aliases: Vec<String>,
            country: Option<String>,
        ) -> Actor {
            Actor {
                id,
                name,
                kind,
                aliases,
                demonyms: Vec::new(),
                metonyms: Vec::new(),
                parent: None,
                country,
                context_aliases: Vec::new(),
                context: Vec::new(),
                office: None,
                since: None,
                until: None,
            }
        }

        if self.agents.is_empty() {
            return;
        }
        let base = self.actors.len();
        let mut new = Vec::new();
        let mut backed = Vec::new();
        for (si, state) in self.actors.iter().enumerate().take(base) {
            if state.kind != ActorKind::State {
                continue;
            }
            let Some(demonym) = state.demonyms.first() else {
                continue;
            };
            for (ai, agent) in self.agents.iter().enumerate() {
                let id = format!("{}-{}", state.id, agent.id);
                if self.by_id.contains_key(&id) {
                    continue;
                }
                let aliases = agent
                    .forms
                    .iter()
                    .map(|f| format!("{demonym} {f}"))
                    .filter(|f| *f != format!("{demonym} {}", agent.label))
                    .collect();
                // "Iran-backed militias": the state's clients, not its own; named in the text
                // by the compound only.
                let backed_id = format!("{}-backed-{}", state.id, agent.id);
                if !self.by_id.contains_key(&backed_id) {
                    // The demonym's spelling of the label ("Iranian-backed militias"); the
                    // other forms are the agent's, read by the clause reader, not names.
                    let aliases = vec![format!("{demonym}-backed {}", agent.label)];
                    let name = format!("{}-backed {}", state.name, agent.label);
                    backed.push((
                        si as ActorIdx,
                        ai,
                        generic_actor(backed_id, name, agent.kind, aliases, None),
                    ));
                }
                let name = format!("{demonym} {}", agent.label);
                let country = Some(state.id.clone());
                new.push((
                    si as ActorIdx,
                    ai,
                    generic_actor(id, name, agent.kind, aliases, country),
                ));
            }
        }
        for (si, ai, actor) in new {
            let idx = self.actors.len() as ActorIdx;
            self.by_id.insert(actor.id.clone(), idx);
            self.actors.push(actor);
            self.derived.insert((si, ai), idx);
        }
        self.composed_from = self.actors.len();
        for (si, ai, actor) in backed {
            let idx = self.actors.len() as ActorIdx;
            self.by_id.insert(actor.id.clone(), idx);
            self.actors.push(actor);
            self.backed.insert((si, ai), idx);
        }
        let mut forms: Vec<(String, usize)> = Vec::new();
        let mut mods: Vec<String> = Vec::new();
        for (ai, agent) in self.agents.iter().enumerate() {
            for f in &agent.forms {
                forms.push((f.to_lowercase(), ai));
            }
            mods.extend(
                agent
                    .modifiers
                    .iter()
                    .map(|m| regex::escape(&m.to_lowercase())),
            );
        }
        forms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        mods.sort();
        mods.dedup();
        let alts: Vec<String> = forms.iter().map(|(f, _)| regex::escape(f)).collect();
        let re = format!(
            r"^ (?:(?:{}) ){{0,2}}({})\b",
            if mods.is_empty() {
                "(?!)".to_string()
            } else {
                mods.join("|")
            },
            alts.join("|")
        );
        self.agent_re = Regex::new(&re).ok();
        let modifiers = self.agents.iter().flat_map(|a| &a.modifiers);
        let lowered: Vec<String> = modifiers.map(|m| m.to_lowercase()).collect();
        let starts: Vec<&str> = forms
            .iter()
            .map(|(f, _)| f.as_str())
            .chain(lowered.iter().map(String::as_str))
            .map(ascii_word)
            .collect();
        let usable = starts
            .iter()
            .all(|w| !w.is_empty() && w.len() <= AGENT_WORD_MAX);
        self.agent_first_words = usable.then(|| starts.iter().map(|w| w.to_string()).collect());
        self.agent_forms = forms.into_iter().collect();
        self.backed_forms = self
            .agents
            .iter()
            .enumerate()
            .flat_map(|(ai, a)| a.backed_forms.iter().map(move |f| (f.to_lowercase(), ai)))
            .collect();
    }

    /// All actors (dictionary entries first, sorted by id, then derived actors).
    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    /// The actor of an agent noun (`form`, lowercase, as `data/agents.toml` spells it) backed
    /// by `state`: "Iran-backed militias" (`iran-backed-militias`).
    pub fn backed(&self, state: ActorIdx, form: &str) -> Option<ActorIdx> {
        let ai = *self
            .agent_forms
            .get(form)
            .or_else(|| self.backed_forms.get(form))?;
        self.backed.get(&(state, ai)).copied()
    }

    /// For a derived actor ("Russian rebels"): the actor its state's compound of support
    /// composes of the same agent ("Russia-backed rebels"), and the state.
    pub fn backed_twin(&self, idx: ActorIdx) -> Option<(ActorIdx, ActorIdx)> {
        let (&(state, ai), _) = self.derived.iter().find(|(_, &d)| d == idx)?;
        Some((self.backed.get(&(state, ai)).copied()?, state))
    }

    /// Whether the actor is one of the dictionary's (not derived, not composed).
    pub fn is_dictionary(&self, idx: ActorIdx) -> bool {
        (idx as usize) < self.base_len()
    }

    /// Whether the actor is one the clause reader composes ([`Gazetteer::backed`]): no name
    /// of it is searched for in the text.
    pub fn is_composed(&self, idx: ActorIdx) -> bool {
        self.composed_from > 0 && idx as usize >= self.composed_from
    }

    /// The actor at an index.
    pub fn actor(&self, idx: ActorIdx) -> &Actor {
        &self.actors[idx as usize]
    }

    /// The index of an actor id.
    pub fn index_of(&self, id: &str) -> Option<ActorIdx> {
        self.by_id.get(id).copied()
    }

    /// Looks a name up the way the matcher would (case-insensitively): the actor it names.
    pub fn lookup(&self, name: &str) -> Option<ActorIdx> {
        let key = alias_key(name);
        self.actors
            .iter()
            .position(|a| a.all_names().any(|(n, _)| alias_key(n) == key))
            .map(|i| i as ActorIdx)
    }

    /// The actor's parent (an organ's state, a leader's state or group), if any.
    pub fn parent(&self, idx: ActorIdx) -> Option<ActorIdx> {
        self.parents.get(idx as usize).copied().flatten()
    }

    /// True when `a` is `b`, or one is an ancestor (parent chain) of the other.
    pub fn related(&self, a: ActorIdx, b: ActorIdx) -> bool {
        a == b || self.is_ancestor(a, b) || self.is_ancestor(b, a)
    }

    fn is_ancestor(&self, anc: ActorIdx, of: ActorIdx) -> bool {
        let mut cur = of;
        for _ in 0..8 {
            match self.parents[cur as usize] {
                Some(p) if p == anc => return true,
                Some(p) => cur = p,
                None => return false,
            }
        }
        false
    }

    /// Every dictionary match that starts a word with a byte some name can start with (see
    /// `starts`), found by walking the automaton from those positions only: a sentence has a
    /// few such positions, and scanning all of its bytes was the dictionary's main cost.
    fn word_start_matches(&self, text: &str) -> Vec<aho_corasick::Match> {
        let bytes = text.as_bytes();
        // (A sentence reports a few names: one allocation rather than a growth per few.)
        let mut matches = Vec::with_capacity(16);
        let mut prev_alnum = false;
        let mut p = 0;
        while p < bytes.len() {
            // 64 bytes of ASCII at a time: the word starts from the mask of letters and digits,
            // a table look-up per word instead of per byte.
            let end = (p + 64).min(bytes.len());
            if self.starts_words && bytes[p..end].is_ascii() {
                let alnum = crate::text::word_byte_mask_at(bytes, p);
                let mut starts = alnum & !((alnum << 1) | u64::from(prev_alnum));
                while starts != 0 {
                    let j = starts.trailing_zeros() as usize;
                    starts &= starts - 1;
                    if self.starts[bytes[p + j] as usize] {
                        self.walk(bytes, p + j, &mut matches);
                    }
                }
                prev_alnum = alnum >> 63 == 1;
                p += 64;
                continue;
            }
            // A block with a non-ASCII character: character by character (only a non-ASCII
            // one is decoded), then blocks again from wherever that leaves off.
            while p < end {
                let b = bytes[p];
                if !prev_alnum && self.starts[b as usize] {
                    self.walk(bytes, p, &mut matches);
                }
                if b.is_ascii() {
                    prev_alnum = b.is_ascii_alphanumeric();
                    p += 1;
                } else {
                    let c = text[p..].chars().next().expect("a char starts here");
                    prev_alnum = c.is_alphanumeric();
                    p += c.len_utf8();
                }
            }
        }
        matches
    }

    /// Every name that starts at `p`, in the order an anchored overlapping search reports them
    /// (by end, then as the automaton lists them), walking the automaton by hand: a search call
    /// per word start cost more than the walk.
    fn walk(&self, bytes: &[u8], p: usize, matches: &mut Vec<aho_corasick::Match>) {
        // The loop holds only the trie, the text and the position: reporting a name (one step
        // in twenty) is out of line, so that nothing is spilled to the stack per step.
        let trie = &self.matcher;
        let mut o = NameTrie::ROOT;
        let mut head = trie.trie[o];
        let mut at = p;
        loop {
            if head & NameTrie::HAS_NAMES != 0 {
                trie.report(o, p..at, matches);
            }
            let Some(&b) = bytes.get(at) else {
                return;
            };
            match trie.child(o, head, b.to_ascii_lowercase()) {
                Some(next) => o = next,
                None => return,
            }
            head = trie.trie[o];
            at += 1;
        }
    }

    /// The matches that end a word and have the case their alias asks for, as mentions; a
    /// context alias only where `named` or the sentence's other mentions license it.
    fn checked(
        &self,
        text: &str,
        matches: Vec<aho_corasick::Match>,
        named: &dyn Fn(ActorIdx) -> bool,
    ) -> Vec<Mention> {
        let bytes = text.as_bytes();
        let accept = |m: &aho_corasick::Match| -> Option<Mention> {
            let e = &self.entries[m.pattern().as_usize()];
            let (s, t) = (m.start(), m.end());
            if !boundary_after(text, t) {
                return None;
            }
            let got = &bytes[s..t];
            if e.exact {
                if got != e.folded.as_slice() || (t - s <= 2 && shouting(text, s, t)) {
                    return None;
                }
            } else if e
                .caps
                .iter()
                .any(|&p| !got[p as usize].is_ascii_uppercase() && got[p as usize].is_ascii())
            {
                return None;
            }
            Some(Mention {
                actor: e.actor,
                start: s,
                end: t,
                form: e.form,
                opposes: e.opposes,
            })
        };
        let context =
            |m: &aho_corasick::Match| self.entries[m.pattern().as_usize()].context.as_ref();
        let mut cands: Vec<Mention> = matches
            .iter()
            .filter(|m| context(m).is_none())
            .filter_map(accept)
            .collect();
        let licensed: Vec<Mention> = matches
            .iter()
            .filter(|m| {
                context(m).is_some_and(|c| {
                    c.iter()
                        .any(|&a| named(a) || cands.iter().any(|x| x.actor == a))
                })
            })
            .filter_map(accept)
            .collect();
        cands.extend(licensed);
        cands
    }

    /// "North and South Korea", "East and West Germany": a first word coordinated before a
    /// name of two or more words names the actor whose name it makes with the rest
    /// ("North Korea"), when the dictionary has that name.
    fn elided_names(&self, text: &str, out: &mut Vec<Mention>) {
        let mut found = Vec::new();
        for m in out.iter() {
            if m.form != Form::Name {
                continue;
            }
            let name = &text[m.start..m.end];
            let Some(sp) = name.find(' ') else {
                continue;
            };
            let Some(before) = text[..m.start].strip_suffix(" and ") else {
                continue;
            };
            let first = before.rsplit(' ').next().unwrap_or("");
            if first.is_empty()
                || first.len() > 12
                || !first.bytes().all(|b| b.is_ascii_alphabetic())
                || !first.as_bytes()[0].is_ascii_uppercase()
            {
                continue;
            }
            let start = before.len() - first.len();
            if out.iter().any(|o| o.start < before.len() && start < o.end) {
                continue;
            }
            let candidate = format!("{first}{}", &name[sp..]);
            let whole = self
                .checked(&candidate, self.word_start_matches(&candidate), &|_| false)
                .into_iter()
                .find(|c| c.start == 0 && c.end == candidate.len() && c.form == Form::Name);
            if let Some(c) = whole.filter(|c| c.actor != m.actor) {
                found.push(Mention {
                    actor: c.actor,
                    start,
                    end: before.len(),
                    form: Form::Name,
                    opposes: c.opposes,
                });
            }
        }
        if !found.is_empty() {
            out.extend(found);
            out.sort_by_key(|m| m.start);
        }
    }

    /// The actor a name says its bearer stands against: "the anti-ISIL coalition", "the
    /// Counter-Daesh Coalition" name a coalition against ISIL. `name` is a name form; the actor
    /// must be named right after the prefix. Read once per name when the dictionary is built
    /// ([`Mention::opposes`]).
    fn opposed_in_name(&self, name: &str) -> Option<ActorIdx> {
        let name = name
            .get(..4)
            .filter(|p| p.eq_ignore_ascii_case("the "))
            .map_or(name, |_| &name[4..]);
        let rest = ["anti-", "counter-", "counter "].iter().find_map(|p| {
            name.get(..p.len())
                .filter(|h| h.eq_ignore_ascii_case(p))
                .map(|_| &name[p.len()..])
        })?;
        self.find_mentions(rest)
            .first()
            .filter(|m| m.start == 0)
            .map(|m| m.actor)
    }

    /// Finds the actor mentions in a folded sentence, left to right, without overlaps. A
    /// context alias counts where the sentence names one of its context actors.
    pub fn find_mentions(&self, text: &str) -> Vec<Mention> {
        self.find_mentions_in(text, &|_| false)
    }

    /// [`find_mentions`](Self::find_mentions) in a document: `named` says whether the document
    /// named an actor before this sentence, which licenses its context aliases.
    pub fn find_mentions_in(&self, text: &str, named: &dyn Fn(ActorIdx) -> bool) -> Vec<Mention> {
        let mut cands = self.checked(text, self.word_start_matches(text), named);
        // Leftmost-longest selection among the valid candidates; a leading "the" of an alias
        // does not count, so "the Islamic Republic of Iran" is Iran, not "the Islamic Republic".
        let key = |m: &Mention| {
            let lead = text[m.start..m.end]
                .get(..4)
                .is_some_and(|s| s.eq_ignore_ascii_case("the "));
            m.start + if lead { 4 } else { 0 }
        };
        cands.sort_by(|a, b| {
            key(a)
                .cmp(&key(b))
                .then(b.end.cmp(&a.end))
                .then(a.actor.cmp(&b.actor))
                .then(a.start.cmp(&b.start))
        });
        let mut out: Vec<Mention> = Vec::new();
        for c in cands {
            if out
                .iter()
                .rev()
                .take(4)
                .any(|l| c.start < l.end && l.start < c.end)
            {
                continue;
            }
            out.push(c);
        }
        out.sort_by_key(|m| m.start);
        self.elided_names(text, &mut out);
        // A name that heads a geographic name ("the Jordan Valley", "the Congo River") is a place.
        out.retain(|m| m.form == Form::Derived || !before_geographic_noun(text, m.end));
        // "non-NATO", "non-EU": the actor negated is no mention ("a major non-NATO ally").
        out.retain(|m| !ends_with_ignore_ascii_case(&text.as_bytes()[..m.start], b"non-"));
        // A dateline: "MOGADISHU, March 2 (Reuters) -", "BEIRUT (AP) -": a capital in
        // capitals opening the text, before a comma or a parenthesis, is where it was filed.
        out.retain(|m| {
            !(m.form == Form::Metonym
                && text[..m.start].trim().is_empty()
                && m.end - m.start >= 4
                && !text[m.start..m.end].bytes().any(|b| b.is_ascii_lowercase())
                && (text[m.end..].starts_with(',') || text[m.end..].starts_with(" (")))
        });
        // Venues: a capital after a place preposition is a place, not the government.
        out.retain(|m| {
            m.form != Form::Metonym
                || !(after_place_preposition(text, m.start)
                    || before_district(text, m.end)
                    || names_event(text, m.end))
        });
        // Derived actors: demonym + agent noun.
        if let Some(re) = &self.agent_re {
            for m in out.iter_mut() {
                if !matches!(m.form, Form::Demonym | Form::Name) {
                    continue;
                }
                // "pro-Russian separatists" are not Russia's own rebels.
                let before = &text.as_bytes()[..m.start];
                if ends_with_ignore_ascii_case(before, b"pro-")
                    || ends_with_ignore_ascii_case(before, b"anti-")
                {
                    continue;
                }
                // "Haiti's armed gangs": a state's name in the possessive before the agent noun.
                let mut rest = &text[m.end..];
                let mut poss = 0;
                if m.form == Form::Name {
                    if let Some(p) = ["'s ", "\u{2019}s "].iter().find(|p| rest.starts_with(**p)) {
                        poss = p.len() - 1;
                        rest = &rest[poss..];
                    } else if rest
                        .as_bytes()
                        .get(..7)
                        .is_some_and(|b| b.eq_ignore_ascii_case(b"-based "))
                    {
                        // "Syria-based militants": the state's own, as "Syrian militants".
                        poss = 6;
                        rest = &rest[poss..];
                    }
                }
                // "Turkish-backed Syrian fighters": a noun that composes only after a
                // compound of support ("fighters") makes the demonym's own agents there.
                if m.form == Form::Demonym && backed_before(before) {
                    let next = rest.strip_prefix(' ').map(ascii_word).unwrap_or("");
                    let form = (next.len() <= AGENT_WORD_MAX)
                        .then(|| next.to_ascii_lowercase())
                        .and_then(|w| self.backed_forms.get(&w));
                    if let Some(&d) = form.and_then(|&ai| self.derived.get(&(m.actor, ai))) {
                        m.actor = d;
                        m.end += 1 + next.len();
                        m.form = Form::Derived;
                        m.opposes = None;
                        continue;
                    }
                }
                // `agent_re` needs a space and a modifier's or a form's first word here.
                if let Some(first) = &self.agent_first_words {
                    let Some(next) = rest.strip_prefix(' ').map(ascii_word) else {
                        continue;
                    };
                    let mut buf = [0u8; AGENT_WORD_MAX];
                    let Some(lower) = buf.get_mut(..next.len()) else {
                        continue; // longer than any modifier's or form's word
                    };
                    lower.copy_from_slice(next.as_bytes());
                    lower.make_ascii_lowercase();
                    let lower = std::str::from_utf8(lower).expect("ASCII");
                    if !first.contains(lower) {
                        continue;
                    }
                }
                let mut cut = rest.len().min(60);
                while !rest.is_char_boundary(cut) {
                    cut -= 1;
                }
                let lower = rest[..cut].to_ascii_lowercase();
                let Some(c) = re.captures(&lower) else {
                    continue;
                };
                let form = c.get(1).expect("group 1");
                // "Israel's militia ally": the agent noun modifies a relational noun; the
                // state's ally is named by it, not a group of the state's own.
                let modifies = lower[form.end()..]
                    .strip_prefix(' ')
                    .map(ascii_word)
                    .is_some_and(|w| {
                        matches!(
                            w,
                            "ally" | "allies" | "proxy" | "proxies" | "partner" | "partners"
                        )
                    });
                if modifies {
                    continue;
                }
                let Some(&ai) = self.agent_forms.get(form.as_str()) else {
                    continue;
                };
                if let Some(&d) = self.derived.get(&(m.actor, ai)) {
                    m.actor = d;
                    m.end += poss + form.end();
                    m.form = Form::Derived;
                    m.opposes = None;
                }
            }
        }
        // "militias in Iraq", "rebels in eastern Congo": a one-word agent noun and "in" before
        // a state's name make the same actor as "Iraqi militias".
        for i in 0..out.len() {
            let m = &out[i];
            if m.form != Form::Name {
                continue;
            }
            let before = &text[..m.start];
            let Some(before) = before.strip_suffix(" in ").or_else(|| {
                // One adjective of region: "in eastern Congo".
                let (head, adj) = before.strip_suffix(' ')?.rsplit_once(' ')?;
                crate::words::REGIONS
                    .iter()
                    .any(|r| adj.eq_ignore_ascii_case(r))
                    .then_some(head)?
                    .strip_suffix(" in")
            }) else {
                continue;
            };
            let word = before.rsplit(' ').next().unwrap_or("");
            if word.is_empty() || word.len() > AGENT_WORD_MAX || !word.is_ascii() {
                continue;
            }
            let lower = word.to_ascii_lowercase();
            let Some(&ai) = self.agent_forms.get(lower.as_str()) else {
                continue;
            };
            // ("Iraq's militias in Syria": the possessive's, not the place's.)
            if text[..before.len() - word.len()].ends_with("'s ") {
                continue;
            }
            // ("Albanian rebels in Macedonia": the noun already belongs to a mention.)
            let start = before.len() - word.len();
            if i > 0 && out[i - 1].end > start {
                continue;
            }
            if let Some(&d) = self.derived.get(&(m.actor, ai)) {
                let m = &mut out[i];
                m.actor = d;
                m.start = start;
                m.form = Form::Derived;
                m.opposes = None;
            }
        }
        // "ethnic Armenian forces", "ethnic Serbs": a people, not the state; so are "Syrian
        // Kurdish fighters" and "Malian Tuareg rebels".
        out.retain(|m| {
            m.form != Form::Demonym
                || !(ends_with_ignore_ascii_case(&text.as_bytes()[..m.start], b"ethnic ")
                    || text[m.end..]
                        .strip_prefix(' ')
                        .map(ascii_word)
                        .is_some_and(|w| ETHNIC.iter().any(|e| e.eq_ignore_ascii_case(w))))
        });
        // "Russian mercenaries from the Wagner Group", "Iraqi fighters of Kataib Hezbollah":
        // the fighters are the armed group's; the group is the actor named.
        // ("Iraqi fighters of Kataib Hezbollah": a demonym and an agent noun, too.)
        let of_group = |gap: &str| matches!(gap, " from the " | " of the " | " from " | " of ");
        let mut k = 0;
        while k + 1 < out.len() {
            let gap = &text[out[k].end..out[k + 1].start];
            let fighters = match out[k].form {
                Form::Derived => of_group(gap),
                Form::Demonym => gap.strip_prefix(' ').is_some_and(|g| {
                    let noun = ascii_word(g);
                    let lower = noun.to_ascii_lowercase();
                    (self.agent_forms.contains_key(&lower)
                        || self.backed_forms.contains_key(&lower))
                        && of_group(&g[noun.len()..])
                }),
                _ => false,
            };
            if fighters && self.actor(out[k + 1].actor).kind == ActorKind::ArmedGroup {
                let group = out.remove(k + 1);
                out[k] = Mention {
                    start: out[k].start,
                    ..group
                };
            }
            k += 1;
        }
        // The contract every later stage slices by: left to right, no overlaps.
        let mut end = 0;
        out.retain(|m| {
            let keep = m.start >= end;
            if keep {
                end = m.end;
            }
            keep
        });
        out
    }
}

/// Ethnic and sectarian adjectives: after a state's demonym they name a people within it
/// ("Syrian Kurdish fighters"), not the state.
const ETHNIC: &[&str] = &[
    "kurdish",
    "kurds",
    "tuareg",
    "tamil",
    "pashtun",
    "uyghur",
    "uighur",
    "baloch",
    "baluch",
    "druze",
    "alawite",
    "sunni",
    "shia",
    "shiite",
    "christian",
    "yazidi",
    "tigrayan",
    "amhara",
    "oromo",
    "rohingya",
    "karen",
    "kachin",
    "berber",
    "turkmen",
    "hazara",
    "fulani",
    "muslim",
    "jewish",
    "arab",
    "assyrian",
    "bedouin",
    "tribal",
    "somali",
];

/// Whether the text before a name ends with a compound of support and a space ("Turkish-backed
/// ", "Iran-funded ").
fn backed_before(b: &[u8]) -> bool {
    [
        "-backed ",
        "-funded ",
        "-sponsored ",
        "-supported ",
        "-armed ",
        "-trained ",
    ]
    .iter()
    .any(|w| ends_with_ignore_ascii_case(b, w.as_bytes()))
}

/// Whether `s` ends with `suffix`, ASCII letters in either case.
fn ends_with_ignore_ascii_case(s: &[u8], suffix: &[u8]) -> bool {
    s.len() >= suffix.len() && s[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// The longest first word of an agent modifier or form the word check handles.
const AGENT_WORD_MAX: usize = 32;

/// The leading run of ASCII letters and digits of `s`.
fn ascii_word(s: &str) -> &str {
    let n = s.bytes().take_while(u8::is_ascii_alphanumeric).count();
    &s[..n]
}

fn boundary_after(text: &str, e: usize) -> bool {
    text[e..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// True when the text around a short acronym is in capitals (a shouted headline), where "US" or
/// "IS" are ordinary words.
fn shouting(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].trim_end();
    let after = text[e..].trim_start();
    let prev: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let next: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
    let caps = |w: &str| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase());
    caps(&prev) || caps(&next)
}

fn before_geographic_noun(text: &str, e: usize) -> bool {
    if !text[e..].starts_with(' ') {
        return false;
    }
    let rest = text[e..].trim_start();
    let next = &rest[..rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len())];
    matches!(
        next,
        "Valley"
            | "River"
            | "Sea"
            | "Strait"
            | "Straits"
            | "Basin"
            | "Peninsula"
            | "Mountains"
            | "Desert"
            | "Canal"
            | "Lake"
            | "Delta"
    )
}

/// "Beirut's southern suburbs", "Kyiv's outskirts": a part of the city, a place.
fn before_district(text: &str, e: usize) -> bool {
    let Some(rest) = text[e..]
        .strip_prefix("'s ")
        .or_else(|| text[e..].strip_prefix("\u{2019}s "))
    else {
        return false;
    };
    rest.split(' ').take(2).any(|w| {
        matches!(
            w.trim_end_matches(|c: char| !c.is_ascii_alphabetic()),
            "suburbs"
                | "suburb"
                | "outskirts"
                | "airport"
                | "port"
                | "districts"
                | "district"
                | "neighbourhoods"
                | "neighbourhood"
                | "neighborhoods"
                | "neighborhood"
                | "streets"
                | "centre"
                | "center"
                | "residents"
        )
    })
}

/// A capital that names a negotiation held there ("the Minsk agreements", "the Oslo
/// Accords", "the Astana process"): the word after it is the event, not the government's act.
fn names_event(text: &str, e: usize) -> bool {
    let Some(rest) = text[e..].strip_prefix(' ') else {
        return false;
    };
    let w = ascii_word(rest);
    [
        "agreement",
        "agreements",
        "accord",
        "accords",
        "talks",
        "process",
        "format",
        "protocol",
        "protocols",
        "declaration",
        "communique",
        "formula",
        "framework",
        "summit",
        "conference",
        "convention",
        "treaty",
    ]
    .iter()
    .any(|n| w.eq_ignore_ascii_case(n))
}

/// Nouns of a state's organs by which a text names the state ("Sudan's army", "the Ethiopian
/// government", "Myanmar's military"): kept among the names the input gave the actor.
const ORGAN_NAMES: &[&str] = &[
    "army",
    "military",
    "government",
    "forces",
    "troops",
    "navy",
    "junta",
    "authorities",
    "administration",
    "regime",
];

/// The end of an organ's name right after a state's mention ending at byte `end` of `text`
/// ("'s army", " government"), if one stands there.
pub fn organ_name_end(text: &str, end: usize) -> Option<usize> {
    let rest = text.get(end..)?;
    let skip = ["'s ", "\u{2019}s ", " "]
        .iter()
        .find(|p| rest.starts_with(*p))
        .map(|p| p.len())?;
    let word_len = rest[skip..]
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len() - skip);
    let word = &rest[skip..skip + word_len];
    ORGAN_NAMES
        .iter()
        .any(|n| word.eq_ignore_ascii_case(n))
        .then_some(end + skip + word_len)
}

fn after_place_preposition(text: &str, s: usize) -> bool {
    let mut before = text[..s].trim_end().as_bytes();
    if ends_with_ignore_ascii_case(before, b" the") {
        before = &before[..before.len() - 4];
    }
    let place = [&b"in"[..], b"at", b"near", b"outside", b"inside", b"across"]
        .iter()
        .any(|p| {
            ends_with_ignore_ascii_case(before, p)
                && (before.len() == p.len() || before[before.len() - p.len() - 1] == b' ')
        });
    // "the junta in Niamey", "the government in Kabul": the rulers seated there, the state.
    let seated = || {
        let rest = before[..before.len() - 2].trim_ascii_end();
        [
            &b" junta"[..],
            b" government",
            b" regime",
            b" authorities",
            b" rulers",
            b" leadership",
        ]
        .iter()
        .any(|n| ends_with_ignore_ascii_case(rest, n))
    };
    // "fired missiles at Kyiv", "a drone launched at Riyadh": what is fired at is a target.
    let aimed = || {
        let rest = before[..before.len() - 2].trim_ascii_end();
        let word = rest.rsplit(|&b| b == b' ').next().unwrap_or_default();
        [
            &b"missiles"[..],
            b"missile",
            b"rockets",
            b"rocket",
            b"drones",
            b"drone",
            b"shells",
            b"fire",
            b"fired",
            b"launched",
            b"aimed",
            b"lobbed",
            b"barrage",
            b"salvo",
            b"volley",
        ]
        .iter()
        .any(|n| word.eq_ignore_ascii_case(n))
    };
    place
        && !(ends_with_ignore_ascii_case(before, b" in") && seated())
        && !(ends_with_ignore_ascii_case(before, b" at") && aimed())
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

    /// What the word-start search replaced: every overlapping match anywhere in the sentence,
    /// kept when it starts a word.
    fn full_scan(all: &AhoCorasick, text: &str) -> Vec<aho_corasick::Match> {
        all.find_overlapping_iter(text)
            .filter(|m| {
                text[..m.start()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
            })
            .collect()
    }

    fn key(m: &Mention) -> (usize, usize, ActorIdx, u8) {
        (m.start, m.end, m.actor, m.form as u8)
    }

    /// The trie finds every key at its end, duplicates in pattern order, through table
    /// nodes (the root, "a" with four children) and listed ones ("ira"), and nothing else.
    #[test]
    fn name_trie_reports_each_key_where_it_ends() {
        let keys = [
            "iran", "ir", "iraq", "iran", "a", "ab", "ac", "ad", "ae", "é",
        ];
        let trie = NameTrie::new(keys.iter().map(|k| k.as_bytes().to_vec())).unwrap();
        let names = |text: &str| -> Option<Vec<u32>> {
            let mut o = NameTrie::ROOT;
            for &b in text.as_bytes() {
                o = trie.child(o, trie.trie[o], b)?;
            }
            let has = trie.trie[o] & NameTrie::HAS_NAMES != 0;
            assert_eq!(has, !trie.names_at(o).is_empty(), "{text}");
            Some(trie.names_at(o).to_vec())
        };
        for text in [
            "i", "ir", "ira", "iran", "iraq", "a", "ab", "ae", "é", "iranx", "af", "b",
        ] {
            let want: Vec<u32> = (0..keys.len() as u32)
                .filter(|&i| keys[i as usize] == text)
                .collect();
            let prefix = keys.iter().any(|k| k.starts_with(text));
            assert_eq!(names(text), prefix.then_some(want), "{text}");
        }
    }

    /// Every name of `g` in one automaton, for [`full_scan`].
    fn all_names(g: &Gazetteer) -> AhoCorasick {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(g.entries.iter().map(|e| &e.folded))
            .unwrap()
    }

    /// The candidates of the word-start search, the same as those of a full scan with `all`
    /// (sorted), and their number.
    fn both_searches(
        g: &Gazetteer,
        all: &AhoCorasick,
        text: &str,
    ) -> (Vec<(usize, usize, ActorIdx, u8)>, usize) {
        let text = crate::text::fold(text);
        let mut fast: Vec<_> = g
            .checked(&text, g.word_start_matches(&text), &|_| false)
            .iter()
            .map(key)
            .collect();
        let mut full: Vec<_> = g
            .checked(&text, full_scan(all, &text), &|_| false)
            .iter()
            .map(key)
            .collect();
        fast.sort_unstable();
        full.sort_unstable();
        assert_eq!(fast, full, "{text}");
        (fast, full.len())
    }

    /// Searching only at word starts with a possible first byte loses no candidate a full scan
    /// finds: on sentences with lowercase-initial aliases, leading "the", acronyms in shouted
    /// and normal text, names inside words, non-ASCII letters and every dictionary name; at
    /// every offset from the 64-byte blocks the ASCII search takes at a time, after ASCII and
    /// after non-ASCII characters (which straddle block edges).
    #[test]
    fn word_start_search_finds_every_candidate_of_a_full_scan() {
        let g = Gazetteer::embedded().unwrap();
        assert!(g.starts_words);
        let mut texts: Vec<String> = [
            "the Islamic Republic of Iran and al-Qaeda met Al-Shabaab in the US.",
            "IRAN AND THE US CLASH; Iranian officials said the us-led talks failed.",
            "Hezbollah's ally, the Houthis (Ansar Allah), and Hamas-run Gaza; Türkiye, Côte d'Ivoire.",
            "Antiiran, preIsrael, xHamas and 'Hamas' \"Israel\" -Iran (Oman) [Qatar].",
            "ISIS, IS, ISIL, Daesh and the Islamic State; EU, UN, NATO, Nato, nato.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for a in g.actors() {
            for (name, _) in a.all_names() {
                texts.push(format!(
                    "On Monday {name} said that {name}'s allies, \"{name}\", and ({name}) met."
                ));
            }
        }
        for lead in ["", "x", "é", "€", "\u{1F600}", "Iran", "éIran"] {
            for n in 0..=130 {
                let pad: String = (0..n).map(|i| if i % 7 == 6 { ' ' } else { 'a' }).collect();
                texts.push(format!("{pad}{lead}Iran Hamas {pad}é Oman al-Qaeda{lead}"));
                texts.push(format!("{lead}{pad} Iran{lead}Hamas"));
            }
        }
        let all = all_names(&g);
        let mut checked = 0;
        for text in &texts {
            checked += both_searches(&g, &all, text).1;
        }
        assert!(checked > 10_000, "{checked} candidates");
    }

    /// A user's name that begins with a quote or a bracket begins no word: the search then
    /// goes character by character, and still finds it.
    #[test]
    fn a_name_beginning_with_punctuation_is_found() {
        let mut b = GazetteerBuilder::embedded().unwrap();
        b.add_toml(
            "user.toml",
            "[[actor]]\nid = \"ndrangheta\"\nname = \"'Ndrangheta\"\nkind = \"armed_group\"\n",
            true,
        )
        .unwrap();
        let (g, _) = b.build().unwrap();
        assert!(!g.starts_words);
        let text = format!(
            "{} the 'Ndrangheta and Iran.",
            "Police said that ".repeat(5)
        );
        let (found, _) = both_searches(&g, &all_names(&g), &text);
        let ids: Vec<&str> = found.iter().map(|k| g.actor(k.2).id.as_str()).collect();
        assert!(
            ids.contains(&"ndrangheta") && ids.contains(&"iran"),
            "{ids:?}"
        );
    }

    /// The word check in front of the agent expression drops no derived actor: every form of
    /// every agent, in any case, with no, one or two modifiers, after a demonym.
    #[test]
    fn every_agent_form_and_modifier_derives_an_actor() {
        let g = Gazetteer::embedded().unwrap();
        let afghan = g.index_of("afghanistan").unwrap();
        let mut checked = 0;
        for (ai, agent) in g.agents.iter().enumerate() {
            let derived = g.derived[&(afghan, ai)];
            let mods: Vec<String> = std::iter::once(String::new())
                .chain(agent.modifiers.iter().map(|m| format!("{m} ")))
                .chain(agent.modifiers.first().map(|m| format!("{m} {m} ")))
                .collect();
            for form in &agent.forms {
                for m in &mods {
                    for phrase in [format!("{m}{form}"), format!("{m}{form}").to_uppercase()] {
                        let text = format!("The Afghan {phrase}, officials said.");
                        let found = g.find_mentions(&text);
                        assert_eq!(found[0].actor, derived, "{text}");
                        assert_eq!(
                            &text[found[0].start..found[0].end],
                            format!("Afghan {phrase}")
                        );
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 100, "{checked}");
        for text in [
            "The Afghan officials said.",
            "Afghan  rebels",
            "Afghan rebelsx",
            "Afghan",
        ] {
            let found = g.find_mentions(text);
            assert_eq!(found[0].actor, afghan, "{text}");
        }
    }

    #[test]
    fn place_words_around_a_name() {
        for (before, yes) in [
            ("talks in ", true),
            ("talks IN THE ", true),
            ("in ", true),
            ("met near the ", true),
            ("within ", false),
            ("begin ", false),
            ("", false),
            ("the ", false),
        ] {
            let text = format!("{before}Muscat");
            assert_eq!(
                after_place_preposition(&text, before.len()),
                yes,
                "{text:?}"
            );
        }
        for (after, yes) in [
            (" Valley", true),
            (" River,", true),
            ("  Sea", true),
            (" Valleys", false),
            ("-Valley", false),
            (" valley", false),
            ("", false),
        ] {
            let text = format!("Jordan{after}");
            assert_eq!(before_geographic_noun(&text, 6), yes, "{text:?}");
        }
    }
}
