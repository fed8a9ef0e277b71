//! One sort routine for the whole domain.
//!
//! Every `sort_by` on a new element type or with a new closure is a new copy of std's
//! sort in the WebAssembly (about 2 KB each). The domain sorts only short lists
//! (recommendations, problems, models, silo signals), so it sorts positions instead: one
//! copy of std's stable sort, for `usize`, behind a `dyn` comparison.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably: equal items keep their order.
pub(crate) fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = {
        let items = &*items;
        positions(items.len(), &|a, b| match (items.get(a), items.get(b)) {
            (Some(a), Some(b)) => compare(a, b),
            _ => Ordering::Equal,
        })
    };
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// The positions `0..len` in the order `compare` puts them in, stably.
#[allow(
    clippy::disallowed_methods,
    reason = "the one copy of std's sort the domain keeps, for `usize` behind a `dyn` comparison"
)]
fn positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
#[allow(
    clippy::disallowed_methods,
    reason = "compares with std's sort, whose copy only the test build has"
)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_stable_sort(items in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std_sorted = items;
            std_sorted.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
