//! An anchored, ASCII case-insensitive trie of surface forms, searched from word starts.
//!
//! Matching only from word starts needs no failure links, so a plain trie in compressed
//! sparse-row form is all the automaton we need: it builds in a fraction of the time a full
//! Aho-Corasick automaton of 100,000+ forms takes, is a third of its size, and one walk
//! reports every form that starts at the position (the longest one that ends on a word
//! boundary wins).

use super::tokens::may_open_gap;

/// Pattern ids of the forms ending at each node (`NONE` for none).
pub(crate) const NONE: u32 = u32::MAX;

/// Most forms ending along one walk that we remember (the longest ones).
pub(crate) const MAX_ENDS: usize = 8;

#[derive(Debug, Clone)]
pub(crate) struct Trie {
    /// Children of the root, indexed by (lower-cased) byte.
    root: Box<[u32; 256]>,
    /// Nodes in depth-first order, so a walk mostly moves to nearby memory.
    nodes: Vec<Node>,
    /// Edges of node `i` are `edges[nodes[i].first..nodes[i + 1].first]`, sorted by label.
    edges: Vec<Edge>,
}

#[derive(Debug, Clone, Copy)]
struct Node {
    first: u32,
    /// The pattern ending here, or `NONE`.
    output: u32,
}

#[derive(Debug, Clone, Copy)]
struct Edge {
    label: u8,
    target: u32,
}

impl Trie {
    /// Builds the trie of `(pattern id, form)`; when two forms are equal ignoring ASCII
    /// case, the lower id wins.
    pub(crate) fn new<'a>(forms: impl IntoIterator<Item = (u32, &'a str)>) -> Trie {
        // All forms lower-cased in one buffer, sorted; ties keep the lower id first.
        let mut text = String::new();
        let mut spans: Vec<(u32, u32, u32)> = Vec::new();
        for (id, form) in forms {
            let at = text.len() as u32;
            text.push_str(form);
            spans.push((at, form.len() as u32, id));
        }
        text.make_ascii_lowercase();
        let slice = |&(at, len, _): &(u32, u32, u32)| &text[at as usize..(at + len) as usize];
        spans.sort_unstable_by(|a, b| slice(a).cmp(slice(b)).then(a.2.cmp(&b.2)));

        // Sorted insertion creates nodes depth-first, each after its parent; a node's
        // children are created in label order.
        // At most one node per byte of the forms.
        let cap = text.len() + 1;
        let mut parent: Vec<u32> = Vec::with_capacity(cap);
        let mut label: Vec<u8> = Vec::with_capacity(cap);
        let mut output: Vec<u32> = Vec::with_capacity(cap);
        parent.push(NONE);
        label.push(0);
        output.push(NONE);
        let mut path: Vec<u32> = Vec::new();
        let mut prev = "";
        for span in &spans {
            let form = slice(span);
            let common = prev
                .bytes()
                .zip(form.bytes())
                .take_while(|(a, b)| a == b)
                .count()
                .min(path.len());
            path.truncate(common);
            for &b in &form.as_bytes()[common..] {
                let node = parent.len() as u32;
                parent.push(path.last().copied().unwrap_or(0));
                label.push(b);
                output.push(NONE);
                path.push(node);
            }
            if let Some(&last) = path.last() {
                if output[last as usize] == NONE {
                    output[last as usize] = span.2;
                }
            }
            prev = form;
        }

        // Compressed sparse rows: the edges of node i are edges[first[i]..first[i + 1]].
        let n = parent.len();
        let mut first = vec![0u32; n + 1];
        for &p in &parent[1..] {
            first[p as usize + 1] += 1;
        }
        for i in 0..n {
            first[i + 1] += first[i];
        }
        let mut fill = first.clone();
        let mut edges = vec![
            Edge {
                label: 0,
                target: 0
            };
            n - 1
        ];
        let mut root = Box::new([NONE; 256]);
        for node in 1..n {
            let p = parent[node] as usize;
            edges[fill[p] as usize] = Edge {
                label: label[node],
                target: node as u32,
            };
            fill[p] += 1;
            if p == 0 {
                root[label[node] as usize] = node as u32;
            }
        }
        let nodes = first
            .iter()
            .enumerate()
            .map(|(i, &first)| Node {
                first,
                output: output.get(i).copied().unwrap_or(NONE),
            })
            .collect();
        Trie { root, nodes, edges }
    }

    /// Heap size in bytes.
    pub(crate) fn memory_usage(&self) -> usize {
        256 * 4
            + self.nodes.len() * std::mem::size_of::<Node>()
            + self.edges.len() * std::mem::size_of::<Edge>()
    }

    /// The child of `node` along `b` (lower-cased), or `NONE`.
    #[inline]
    pub(crate) fn child(&self, node: u32, b: u8) -> u32 {
        if node == NONE {
            return NONE;
        }
        if node == 0 {
            return self.root[b as usize];
        }
        let lo = self.nodes[node as usize].first as usize;
        let hi = self.nodes[node as usize + 1].first as usize;
        let edges = &self.edges[lo..hi];
        let found = if edges.len() <= 8 {
            edges.iter().find(|e| e.label == b)
        } else {
            edges
                .binary_search_by_key(&b, |e| e.label)
                .ok()
                .map(|p| &edges[p])
        };
        found.map_or(NONE, |e| e.target)
    }

    /// May a walk from the root at `hay[at]` find a form: does one start with that byte
    /// alone, or with it and the next byte? A cheap test before [`Trie::walk_from`], for
    /// the punctuation in a text (most of it begins no form, or none that goes on so).
    #[inline]
    pub(crate) fn may_walk(&self, hay: &[u8], at: usize) -> bool {
        let Some(&b) = hay.get(at) else {
            return false;
        };
        let node = self.child(0, b.to_ascii_lowercase());
        node != NONE
            && (self.nodes[node as usize].output != NONE
                || hay
                    .get(at + 1)
                    .is_some_and(|&c| self.child(node, c.to_ascii_lowercase()) != NONE))
    }

    /// The node reached from the root by `bytes` (already lower-cased), or `NONE`.
    pub(crate) fn node_after(&self, bytes: &[u8]) -> u32 {
        self.descend(0, bytes)
    }

    /// The node reached from `node` by `bytes` (already lower-cased), or `NONE`.
    pub(crate) fn descend(&self, mut node: u32, bytes: &[u8]) -> u32 {
        for &b in bytes {
            node = self.child(node, b);
            if node == NONE {
                break;
            }
        }
        node
    }

    /// Walks on from `node`, which the bytes before `at` led to (the root to start at
    /// `at`); fills `ends` with `(end, pattern)` of the forms that match, shortest first,
    /// keeping the longest `MAX_ENDS`. Returns how many were stored. A form ending at
    /// `node` itself ends at `at`. At a byte that may open white space, `gap(i)` says
    /// where the next word starts when the white space at `i` parts two words of a name
    /// as one space does; the walk then reads one space and goes on there.
    #[inline]
    pub(crate) fn walk_from(
        &self,
        mut node: u32,
        hay: &[u8],
        at: usize,
        ends: &mut [(usize, u32); MAX_ENDS],
        gap: impl Fn(usize) -> Option<usize>,
    ) -> usize {
        let mut n = 0usize;
        let mut push = |end: usize, out: u32, n: &mut usize| {
            if *n == MAX_ENDS {
                ends.copy_within(1.., 0);
                *n -= 1;
            }
            ends[*n] = (end, out);
            *n += 1;
        };
        if node == NONE {
            return 0;
        }
        if node != 0 {
            let out = self.nodes[node as usize].output;
            if out != NONE {
                push(at, out, &mut n);
            }
        }
        let mut i = at;
        while let Some(&b) = hay.get(i) {
            let (b, next) = match may_open_gap(b).then(|| gap(i)).flatten() {
                Some(j) => (b' ', j),
                None => (b, i + 1),
            };
            node = self.child(node, b.to_ascii_lowercase());
            if node == NONE {
                break;
            }
            let out = self.nodes[node as usize].output;
            if out != NONE {
                push(next, out, &mut n);
            }
            i = next;
        }
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walk_reports_every_form_starting_here() {
        let t = Trie::new([
            (0, "java"),
            (1, "JavaScript"),
            (2, "C"),
            (3, "C++"),
            (4, "c#"),
        ]);
        let mut ends = [(0, 0); MAX_ENDS];
        let n = t.walk_from(0, b"JAVASCRIPT!", 0, &mut ends, |_| None);
        assert_eq!(&ends[..n], &[(4, 0), (10, 1)]);
        let n = t.walk_from(0, b"x c++", 2, &mut ends, |_| None);
        assert_eq!(&ends[..n], &[(3, 2), (5, 3)]);
        assert_eq!(t.walk_from(0, b"zzz", 0, &mut ends, |_| None), 0);
        assert_eq!(t.walk_from(0, b"", 0, &mut ends, |_| None), 0);
        // Going on after a first word gives the same ends as walking it again.
        let node = t.node_after(b"c");
        let n = t.walk_from(node, b"x c++", 3, &mut ends, |_| None);
        assert_eq!(&ends[..n], &[(3, 2), (5, 3)]);
        assert_eq!(
            t.walk_from(t.node_after(b"zz"), b"zz", 2, &mut ends, |_| None),
            0
        );
    }
}
