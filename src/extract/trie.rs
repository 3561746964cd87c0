//! An anchored, ASCII case-insensitive trie of surface forms, searched from word starts.
//!
//! Matching only from word starts needs no failure links, so a plain trie in compressed
//! sparse-row form is all the automaton we need: it builds in a fraction of the time a full
//! Aho-Corasick automaton of 100,000+ forms takes, is a third of its size, and one walk
//! reports every form that starts at the position (the longest one that ends on a word
//! boundary wins).

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

struct BuildNode {
    children: Vec<(u8, u32)>,
    output: u32,
}

impl Trie {
    /// Builds the trie; when two forms are equal ignoring ASCII case, the first wins.
    pub(crate) fn new<'a>(forms: impl IntoIterator<Item = &'a str>) -> Trie {
        // Inserting in sorted order allocates nodes depth-first; ties keep the lower id first.
        let mut sorted: Vec<(Vec<u8>, u32)> = forms
            .into_iter()
            .enumerate()
            .map(|(id, f)| (f.as_bytes().to_ascii_lowercase(), id as u32))
            .collect();
        sorted.sort_unstable();
        let mut nodes = vec![BuildNode {
            children: Vec::new(),
            output: NONE,
        }];
        for (form, id) in &sorted {
            let id = *id as usize;
            let mut node = 0usize;
            for &b in form {
                node = match nodes[node].children.iter().find(|(l, _)| *l == b) {
                    Some(&(_, c)) => c as usize,
                    None => {
                        let c = nodes.len();
                        nodes.push(BuildNode {
                            children: Vec::new(),
                            output: NONE,
                        });
                        nodes[node].children.push((b, c as u32));
                        c
                    }
                };
            }
            if node != 0 && nodes[node].output == NONE {
                nodes[node].output = id as u32;
            }
        }
        let mut root = Box::new([NONE; 256]);
        let mut flat = Vec::with_capacity(nodes.len() + 1);
        let mut edges = Vec::with_capacity(nodes.len());
        for (i, n) in nodes.iter_mut().enumerate() {
            n.children.sort_unstable_by_key(|&(l, _)| l);
            flat.push(Node {
                first: edges.len() as u32,
                output: n.output,
            });
            for &(label, target) in &n.children {
                if i == 0 {
                    root[label as usize] = target;
                }
                edges.push(Edge { label, target });
            }
        }
        flat.push(Node {
            first: edges.len() as u32,
            output: NONE,
        });
        Trie {
            root,
            nodes: flat,
            edges,
        }
    }

    /// Heap size in bytes.
    pub(crate) fn memory_usage(&self) -> usize {
        256 * 4
            + self.nodes.len() * std::mem::size_of::<Node>()
            + self.edges.len() * std::mem::size_of::<Edge>()
    }

    /// The pattern ending at `node`, or `NONE`.
    pub(crate) fn output(&self, node: u32) -> u32 {
        if node == NONE {
            return NONE;
        }
        self.nodes[node as usize].output
    }

    /// The labels of `node`'s children.
    pub(crate) fn labels(&self, node: u32) -> impl Iterator<Item = u8> + '_ {
        let (lo, hi) = if node == NONE || node == 0 {
            (0, 0)
        } else {
            (
                self.nodes[node as usize].first as usize,
                self.nodes[node as usize + 1].first as usize,
            )
        };
        self.edges[lo..hi].iter().map(|e| e.label)
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

    /// The node reached from the root by `bytes` (already lower-cased), or `NONE`.
    #[cfg(test)]
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
    /// `node` itself ends at `at`.
    #[inline]
    pub(crate) fn walk_from(
        &self,
        mut node: u32,
        hay: &[u8],
        at: usize,
        ends: &mut [(usize, u32); MAX_ENDS],
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
        for (i, &b) in hay[at..].iter().enumerate() {
            node = self.child(node, b.to_ascii_lowercase());
            if node == NONE {
                break;
            }
            let out = self.nodes[node as usize].output;
            if out != NONE {
                push(at + i + 1, out, &mut n);
            }
        }
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walk_reports_every_form_starting_here() {
        let t = Trie::new(["java", "JavaScript", "C", "C++", "c#"]);
        let mut ends = [(0, 0); MAX_ENDS];
        let n = t.walk_from(0, b"JAVASCRIPT!", 0, &mut ends);
        assert_eq!(&ends[..n], &[(4, 0), (10, 1)]);
        let n = t.walk_from(0, b"x c++", 2, &mut ends);
        assert_eq!(&ends[..n], &[(3, 2), (5, 3)]);
        assert_eq!(t.walk_from(0, b"zzz", 0, &mut ends), 0);
        assert_eq!(t.walk_from(0, b"", 0, &mut ends), 0);
        // Going on after a first word gives the same ends as walking it again.
        let node = t.node_after(b"c");
        let n = t.walk_from(node, b"x c++", 3, &mut ends);
        assert_eq!(&ends[..n], &[(3, 2), (5, 3)]);
        assert_eq!(t.walk_from(t.node_after(b"zz"), b"zz", 2, &mut ends), 0);
    }
}
