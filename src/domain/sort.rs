//! One shared copy of the sort code. Each `sort_by` on a new element or closure type compiles its
//! own copy of the standard library's sort (3 to 5 KB of wasm each); these helpers sort a list of
//! positions through one comparison callback instead, so the bundle holds the sort code once.
//! Collecting into a `BTreeMap` sorts too: `map_from` builds one without.

use std::cmp::Ordering;
use std::collections::BTreeMap;

/// A stable sort, as `slice::sort_by`.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = positions_in_order(items.len(), &|a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// A stable sort by a key, as `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// A map from key-value pairs, the last value kept for a repeated key (as `collect()` does).
/// Collecting into a `BTreeMap` sorts the pairs first, with a new copy of the sort code for
/// every key and value type; inserting them one by one compiles no sort.
pub fn map_from<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    for (k, v) in pairs {
        map.insert(k, v);
    }
    map
}

/// The positions `0..len` in sorted order: the one place the sort code is compiled.
#[inline(never)]
fn positions_in_order(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_as_the_standard_sort() {
        let mut ours: Vec<(u8, usize)> = [3u8, 1, 2, 1, 3, 0, 2, 2]
            .iter()
            .copied()
            .zip(0..)
            .collect();
        let mut std_sorted = ours.clone();
        std_sorted.sort_by_key(|p| p.0);
        sort_by_key(&mut ours, |p| p.0);
        assert_eq!(ours, std_sorted);
        let mut words = vec!["b".to_string(), "a".into(), "c".into()];
        sort_by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, ["c", "b", "a"]);
        let map = map_from([("b", 1), ("a", 2), ("b", 3)]);
        let std_map: BTreeMap<_, _> = [("b", 1), ("a", 2), ("b", 3)].into_iter().collect();
        assert_eq!(map, std_map);
        assert_eq!(map.get("b"), Some(&3));
        let mut empty: Vec<String> = Vec::new();
        sort_by(&mut empty, |a, b| a.cmp(b));
        assert!(empty.is_empty());
    }
}
