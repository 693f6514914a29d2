// temporary micro-benchmark (not committed)
fn main() {
    let ex = actorgraph::Extractor::new().unwrap();
    let pats = ex.patterns();
    let text = std::fs::read_to_string("/tmp/ag16/tagged.txt").unwrap();
    let sents: Vec<&str> = text.lines().collect();
    let mut rows = Vec::new();
    for p in &pats.patterns {
        let t = std::time::Instant::now();
        let mut k = 0;
        for _ in 0..60 {
            for s in &sents {
                k += p.matches(s, !s.contains("forces")).len();
            }
        }
        rows.push((
            t.elapsed().as_nanos() as f64 / (60 * sents.len()) as f64,
            k / 60,
            &p.id,
        ));
    }
    rows.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap());
    let tot: f64 = rows.iter().map(|r| r.0).sum();
    println!("sum over patterns {tot:.0} ns per sentence");
    for r in rows.iter().take(12) {
        println!("{:>8.0} ns  matches {:>4} {}", r.0, r.1, r.2);
    }
}
