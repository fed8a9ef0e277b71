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
    // Row `i` holds the distances from `a[..i]` to `b[..j]` for every `j`.
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = Vec::with_capacity(b.len() + 1);
    for (i, ca) in a.iter().enumerate() {
        current.clear();
        let mut left = i + 1;
        current.push(left);
        // `diagonal` is `previous[j]` and `above` is `previous[j + 1]`.
        for ((cb, diagonal), above) in b.iter().zip(&previous).zip(previous.iter().skip(1)) {
            let substitute = diagonal + usize::from(ca != cb);
            left = substitute.min(above + 1).min(left + 1);
            current.push(left);
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
