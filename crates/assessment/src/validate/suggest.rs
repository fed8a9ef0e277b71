//! Suggestions for near misses: the known name closest to a misspelt one, by edit distance,
//! for the "did you mean" of a message.

use super::MAX_QUESTIONS;

/// The known name closest to `word`, if one is within a small edit distance of it.
pub(super) fn suggest<'a>(
    word: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<&'a str> {
    // Ids are ASCII, so ASCII case is the only case that can match (and std's full
    // Unicode lowercasing would bring its tables into the WebAssembly).
    let word: Vec<char> = word.to_ascii_lowercase().chars().collect();
    let limit = if word.len() <= 4 { 1 } else { 2 };
    candidates
        .take(MAX_QUESTIONS)
        .filter_map(|candidate| {
            let candidate_chars: Vec<char> = candidate.chars().collect();
            let distance = edit_distance(&word, &candidate_chars, limit)?;
            Some((distance, candidate))
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// The Levenshtein distance between two words, if it is at most `limit`.
pub(super) fn edit_distance(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitute.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        if current.iter().all(|distance| *distance > limit) {
            // Distances never shrink from one row to the next.
            return None;
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous
        .last()
        .copied()
        .filter(|distance| *distance <= limit)
}
