//! A deterministic, seeded generator of news-like JSONL corpora, for benchmarks and tests.
//!
//! This module owns synthetic corpora. Each line is a document (`id`, `title`, `date`, `url`,
//! `source`, `text`) written like a wire story: a headline, paragraphs of one to four sentences,
//! quotes and abbreviations ("U.S.", "Gen.", "a.m."). Actors come from the gazetteer, chosen with a
//! skew so a few dominate as in real news. Sentence density is realistic: most sentences name no
//! actor or one; about one in ten states a relation, drawn from every pattern family (mediator,
//! proxy, adversary, ally), and a few state one negated or hedged (which must yield nothing).
//! A share of documents are syndicated copies (exact, or with a byline added) under other ids.
//! The same seed and size always give the same bytes.

use crate::words::{DAYS, MONTHS};
use std::io::Write;

use serde::Serialize;

use crate::gazetteer::{ActorKind, Gazetteer};

/// A small deterministic PRNG (SplitMix64): stable across platforms and crate versions.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * n as f64) as usize
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// One item of a slice.
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// An index skewed towards the start (a few items dominate, like actors in the news).
    pub fn skewed(&mut self, n: usize) -> usize {
        let u = self.unit();
        ((u * u * u) * n as f64) as usize
    }
}

/// How a corpus is generated.
#[derive(Debug, Clone)]
pub struct Options {
    /// Seed: the same seed gives the same corpus.
    pub seed: u64,
    /// Stop after about this many bytes.
    pub bytes: u64,
    /// Share of documents that are syndicated copies of an earlier one (half exact, half with a
    /// byline added).
    pub duplicates: f64,
    /// Share of documents without a date.
    pub undated: f64,
    /// Days the dates spread over, from 2024-01-01.
    pub days: u32,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            seed: 1,
            bytes: 10 << 20,
            duplicates: 0.03,
            undated: 0.02,
            days: 365,
        }
    }
}

/// What was written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Written {
    /// Documents (lines).
    pub documents: u64,
    /// Bytes.
    pub bytes: u64,
}

#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    title: &'a str,
    date: Option<&'a str>,
    url: &'a str,
    source: &'a str,
    text: &'a str,
}

/// Relation sentences: `{A}` is the subject (mediator, proxy, one side), `{B}` and `{C}` the
/// others, `{P}` a patron state, `{G}` an armed group. Every pattern family is represented.
pub const RELATION_TEMPLATES: &[&str] = &[
    // mediator
    "{A} has emerged as a channel for dialogue between {B} and {C} on {topic}.",
    "{A} has acted as an intermediary for {B} and {C} since {month}.",
    "Indirect talks between {B} and {C} were brokered by {A}, officials said.",
    "{A} relayed messages from {B} to {C} over the weekend.",
    "{B} welcomed {A}'s mediation efforts with {C} on {day}.",
    "The {A}-brokered truce between {B} and {C} held for a third day.",
    // proxy
    "The {P}-backed {G} claimed responsibility for the attack.",
    "{G}, a proxy of {P}, fired rockets overnight, the military said.",
    "{P} has armed and trained {G} for years, according to U.N. investigators.",
    "{G} is funded and armed by {P}, Western officials say.",
    "{P} sent drones and missiles to {G}, the report said.",
    // adversary
    "{A} launched airstrikes against {B} on {day}.",
    "{A} struck {B} positions near the border at about 4 a.m.",
    "Fighting between {A} and {B} intensified overnight.",
    "{A} expelled {B}'s ambassador on {day}.",
    "{A} accused {B} of violating the ceasefire.",
    "{A} imposed new sanctions on {B} over its {topic}.",
    // ally
    "{A} and {B} signed a defence agreement in {city} on {day}.",
    "{A} pledged to send air defence systems to {B}.",
    "{A} and {B} held joint military exercises in {month}.",
    "{A} reaffirmed its support for {B}, the foreign ministry said.",
    "The {A}-{B} partnership has deepened this year.",
    "{A} shared intelligence with {B} ahead of the summit.",
];

/// Negated or hedged relation sentences: the extractor must find no relation in them.
pub const NEGATED_TEMPLATES: &[&str] = &[
    "{A} did not mediate between {B} and {C}, a spokesman said.",
    "{P} denied arming {G}.",
    "{A} and {B} have never signed a defence pact.",
    "{A} would strike {B} if the talks collapse, analysts warned.",
    "{A} has not attacked {B} since the truce, officials said.",
];

/// Sentences naming one actor.
pub const ONE_ACTOR_TEMPLATES: &[&str] = &[
    "{A}'s foreign ministry said it was monitoring the situation closely.",
    "Officials in {A} declined to comment on the report.",
    "The economy of {A} grew 3.1% in the third quarter, the central bank said.",
    "A spokesman for {A} told reporters on {day} that \"all options remain on the table.\"",
    "{A} is due to host a regional summit in {month}.",
    "Protesters gathered outside the embassy of {A} in {city}.",
];

/// Sentences naming no actor.
pub const FILLER: &[&str] = &[
    "Prices of crude oil rose 2% on {day}, extending gains from the previous week.",
    "The talks are expected to resume next month, according to two people familiar with the matter.",
    "Dr. Leila Haddad, a lecturer at the university, said the situation remained \"fluid and dangerous.\"",
    "Temperatures reached 45 degrees in parts of the region, straining power grids.",
    "Shares in regional airlines fell sharply in early trading.",
    "\"We are working around the clock,\" said Mr. Karimi, a spokesman for the aid group.",
    "Schools reopened on {day} after a two-week closure.",
    "The meeting, held behind closed doors, lasted nearly four hours.",
    "Reporters were not allowed to attend the briefing.",
    "More than 1,200 people have been displaced, aid workers said.",
    "Gen. Omar Saleh said the operation would continue \"as long as necessary.\"",
    "The ministry published the figures at 10 a.m. local time.",
    "Traffic was diverted around the city centre for most of the day.",
    "Inflation has eased since the spring, though food prices remain high.",
    "The convoy of 40 trucks reached the crossing shortly before dusk.",
    "Local media reported long queues at petrol stations in {city}.",
    "Diplomats said a draft statement was still being negotiated.",
    "The hospital said it had treated dozens of people for minor injuries.",
];

/// Headlines: `{A}`, `{B}` and `{C}` as in the relation templates.
pub const HEADLINES: &[&str] = &[
    "{A} mediates between {B} and {C} as tensions rise",
    "{A} and {B} trade accusations after border clash",
    "Talks stall as {A} weighs next steps",
    "{A} signs defence pact with {B}",
    "Analysis: what the latest escalation means for {A}",
    "Markets steady as oil prices edge higher",
];

/// Actor ids that lead their pools.
const PROMINENT: &[&str] = &[
    "united-states",
    "iran",
    "israel",
    "russia",
    "ukraine",
    "china",
    "hamas",
    "hezbollah",
    "houthis",
    "qatar",
    "egypt",
    "saudi-arabia",
    "turkey",
    "oman",
    "united-nations",
    "nato",
    "european-union",
];
const TOPICS: &[&str] = &[
    "a prisoner exchange",
    "shipping in the Red Sea",
    "nuclear programme",
    "border crossings",
    "grain exports",
];
const CITIES: &[&str] = &[
    "Geneva", "Vienna", "Muscat", "Doha", "Cairo", "Istanbul", "Brussels", "Nairobi", "Jakarta",
];
const SOURCES: &[&str] = &[
    "wire-a",
    "wire-b",
    "daily-courier",
    "gulf-times-sim",
    "world-desk",
];

/// The actor pools the generator draws from.
#[derive(Debug, Clone)]
pub struct Cast {
    states: Vec<String>,
    groups: Vec<String>,
    others: Vec<String>,
}

impl Cast {
    /// The cast of a gazetteer: states, armed groups, and the other actors (organisations,
    /// leaders) for one-actor sentences.
    pub fn new(gazetteer: &Gazetteer) -> Cast {
        let mut cast = Cast {
            states: Vec::new(),
            groups: Vec::new(),
            others: Vec::new(),
        };
        // The actors that dominate the news come first (the generator's picks are skewed to
        // the front); the rest follow in dictionary order.
        let mut actors: Vec<&crate::gazetteer::Actor> = gazetteer.actors().iter().collect();
        actors.sort_by_key(|a| {
            PROMINENT
                .iter()
                .position(|p| *p == a.id)
                .unwrap_or(PROMINENT.len())
        });
        for a in actors {
            let name = a.name.clone();
            match a.kind {
                ActorKind::State => cast.states.push(name),
                ActorKind::ArmedGroup => cast.groups.push(name),
                ActorKind::Organization | ActorKind::Person => cast.others.push(name),
                _ => {}
            }
        }
        if cast.groups.is_empty() {
            cast.groups = cast.states.clone();
        }
        if cast.others.is_empty() {
            cast.others = cast.states.clone();
        }
        cast
    }

    fn state(&self, rng: &mut Rng) -> &str {
        &self.states[rng.skewed(self.states.len())]
    }
}

/// Fills a template with actors and the small vocabulary.
pub fn fill(template: &str, cast: &Cast, rng: &mut Rng) -> String {
    let a = cast.state(rng).to_string();
    let mut b = cast.state(rng).to_string();
    let mut c = cast.state(rng).to_string();
    for _ in 0..4 {
        if b != a {
            break;
        }
        b = cast.state(rng).to_string();
    }
    for _ in 0..4 {
        if c != a && c != b {
            break;
        }
        c = cast.state(rng).to_string();
    }
    let g = cast.groups[rng.skewed(cast.groups.len())].clone();
    let mut out = template
        .replace("{B}", &b)
        .replace("{C}", &c)
        .replace("{P}", &a)
        .replace("{G}", &g);
    out = out.replace("{A}", &a);
    for (key, words) in [
        ("{topic}", TOPICS),
        ("{month}", MONTHS),
        ("{day}", DAYS),
        ("{city}", CITIES),
    ] {
        while out.contains(key) {
            out = out.replacen(key, rng.pick(words), 1);
        }
    }
    out
}

fn sentence(cast: &Cast, rng: &mut Rng) -> String {
    let r = rng.unit();
    if r < 0.62 {
        fill(rng.pick(FILLER), cast, rng)
    } else if r < 0.86 {
        let t = rng.pick(ONE_ACTOR_TEMPLATES);
        let other = cast.others[rng.skewed(cast.others.len())].clone();
        if rng.unit() < 0.3 {
            t.replace("{A}", &other)
                .replace("{day}", rng.pick(DAYS))
                .replace("{month}", rng.pick(MONTHS))
                .replace("{city}", rng.pick(CITIES))
        } else {
            fill(t, cast, rng)
        }
    } else if r < 0.96 {
        fill(rng.pick(RELATION_TEMPLATES), cast, rng)
    } else {
        fill(rng.pick(NEGATED_TEMPLATES), cast, rng)
    }
}

/// `YYYY-MM-DD` of a day counted from 2024-01-01.
pub fn day_name(day: u32) -> String {
    // civil-from-days (Howard Hinnant), from 1970-01-01.
    let z = 19_723i64 + i64::from(day) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// One generated article: (title, text).
pub fn article(cast: &Cast, rng: &mut Rng) -> (String, String) {
    let title = fill(rng.pick(HEADLINES), cast, rng);
    let paragraphs = 4 + rng.below(9);
    let mut text = String::new();
    for p in 0..paragraphs {
        if p > 0 {
            text.push_str("\n\n");
        }
        let n = 1 + rng.below(4);
        for s in 0..n {
            if s > 0 {
                text.push(' ');
            }
            text.push_str(&sentence(cast, rng));
        }
    }
    (title, text)
}

/// Writes a corpus of about `options.bytes` bytes as JSONL.
pub fn write_jsonl<W: Write>(
    gazetteer: &Gazetteer,
    options: &Options,
    mut out: W,
) -> std::io::Result<Written> {
    let cast = Cast::new(gazetteer);
    let mut rng = Rng::new(options.seed);
    let mut written = Written::default();
    // Recent stories that syndicated copies are made of (bounded).
    let mut recent: Vec<(String, String, Option<String>)> = Vec::new();
    let mut line = Vec::new();
    while written.bytes < options.bytes {
        let id = format!("doc-{:08}", written.documents + 1);
        let (title, text, date) = if !recent.is_empty() && rng.unit() < options.duplicates {
            let (t, x, d) = recent[rng.below(recent.len())].clone();
            let x = if rng.unit() < 0.5 {
                x
            } else {
                format!("{x}\n\n(Reporting by Sam Lee; Editing by Ana Ruiz)")
            };
            (t, x, d)
        } else {
            let (t, x) = article(&cast, &mut rng);
            let d = (rng.unit() >= options.undated)
                .then(|| day_name(rng.below(options.days.max(1) as usize) as u32));
            if recent.len() < 64 {
                recent.push((t.clone(), x.clone(), d.clone()));
            } else {
                let k = rng.below(64);
                recent[k] = (t.clone(), x.clone(), d.clone());
            }
            (t, x, d)
        };
        let source = rng.pick(SOURCES);
        let url = format!("https://news.example/{source}/{id}");
        line.clear();
        serde_json::to_writer(
            &mut line,
            &Line {
                id: &id,
                title: &title,
                date: date.as_deref(),
                url: &url,
                source,
                text: &text,
            },
        )?;
        line.push(b'\n');
        out.write_all(&line)?;
        written.documents += 1;
        written.bytes += line.len() as u64;
    }
    out.flush()?;
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Extractor, Relation};

    #[test]
    fn dates_count_from_2024() {
        assert_eq!(day_name(0), "2024-01-01");
        assert_eq!(day_name(59), "2024-02-29");
        assert_eq!(day_name(366), "2025-01-01");
    }

    #[test]
    fn same_seed_same_bytes() {
        let ex = Extractor::new().unwrap();
        let opts = Options {
            bytes: 50_000,
            ..Options::default()
        };
        let (mut a, mut b, mut c) = (Vec::new(), Vec::new(), Vec::new());
        write_jsonl(ex.gazetteer(), &opts, &mut a).unwrap();
        write_jsonl(ex.gazetteer(), &opts, &mut b).unwrap();
        write_jsonl(ex.gazetteer(), &Options { seed: 2, ..opts }, &mut c).unwrap();
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert!(a.len() >= 50_000);
        for line in a.split(|&c| c == b'\n').filter(|l| !l.is_empty()) {
            crate::corpus::parse_line(line).unwrap();
        }
    }

    /// Every relation template states its relation, every negated one states none, and the
    /// fillers name no actor.
    #[test]
    fn templates_say_what_they_should() {
        let ex = Extractor::new().unwrap();
        let cast = Cast {
            states: vec!["Oman".into()],
            groups: vec!["Hezbollah".into()],
            others: vec!["NATO".into()],
        };
        let fixed = |t: &str| {
            t.replace("{A}", "Qatar")
                .replace("{B}", "Israel")
                .replace("{C}", "Iran")
                .replace("{P}", "Iran")
                .replace("{G}", "Hezbollah")
                .replace("{topic}", "grain exports")
                .replace("{month}", "March")
                .replace("{day}", "Monday")
                .replace("{city}", "Geneva")
        };
        let mut families = std::collections::BTreeSet::new();
        let mut silent = Vec::new();
        for t in RELATION_TEMPLATES {
            let found = ex.sentence_relations(&fixed(t));
            if found.is_empty() {
                silent.push(fixed(t));
            }
            families.extend(found.iter().map(|r| r.0));
        }
        assert_eq!(
            silent,
            Vec::<String>::new(),
            "templates that state no relation"
        );
        assert_eq!(families.len(), Relation::ALL.len(), "{families:?}");
        let loud: Vec<_> = NEGATED_TEMPLATES
            .iter()
            .map(|t| fixed(t))
            .filter(|s| !ex.sentence_relations(s).is_empty())
            .collect();
        assert_eq!(
            loud,
            Vec::<String>::new(),
            "negated templates that state a relation"
        );
        let mut rng = Rng::new(3);
        for t in FILLER {
            let s = fill(t, &cast, &mut rng);
            let folded = crate::text::Folded::new(&s);
            assert!(
                ex.gazetteer().find_mentions(&folded.text).is_empty(),
                "{s:?}"
            );
        }
    }
}
