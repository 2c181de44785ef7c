//! The provenance forest: every article gets at most one parent, the forest has no cycles, and a
//! source that articles credit but the input lacks becomes a virtual root.
//!
//! Links are taken greedily, most confident first; a link is refused if its child already has a
//! parent (an article, or the virtual node of a story it is a copy of) or if it would close a
//! cycle (checked with union-find, so building is near-linear).
//! Greedy choice is what makes a tree rather than a star: a blog that copies an aggregator's lead
//! is covered by the aggregator more than by the wire story, so that link is the more confident.
//! Aligned text is what shows which of a story's family a text took; shared vocabulary alone
//! does not, so a link by vocabulary goes to the family's source, not to one of its rewrites.
//!
//! Copies of each other that credit the same outlet, absent from the input, are copies of its
//! story, not of each other: they stand side by side under the outlet's virtual node, and so does
//! a rewrite of one of them that credits the outlet. So does a rewrite that credits the outlet in
//! its own words when its proposed parent credits it too: two aggregators that each rewrote the
//! same Reuters story share Reuters' sentences, each wrote its own credit. A blog that copies an
//! aggregator's lead, credit included, stays under the aggregator.

use crate::model::Relation;

/// A node of the forest: an input article or a virtual (absent, credited) source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Node {
    Article(u32),
    Virtual(u32),
}

/// A proposed parent link with its strength.
#[derive(Debug, Clone)]
pub struct Proposal {
    pub child: u32,
    pub parent: u32,
    pub relation: Relation,
    pub confidence: f64,
    /// Order in which proposals are taken (highest first); usually the confidence, possibly
    /// with the caller's tie-breaking preferences added.
    pub rank: f64,
    /// Caller's index of the evidence behind the link.
    pub evidence: usize,
    /// The child's credit lies inside the text it shares with the parent: it took the credit
    /// along with the parent's text (a blog copying an aggregator's "Reuters reported" lead).
    /// For a copy, an agency's dateline both copies keep is not counted (see
    /// `pipeline::place`): they are siblings under the agency's node.
    pub credit_copied: bool,
    /// Each text is nearly all inside the other: two copies of one text, their word edits aside
    /// (which can keep them below the near-copy Jaccard of each other).
    pub mutual_copy: bool,
    /// Share of the child's shingles found in the parent: which of two copies of one text a
    /// third took shows in what it holds of each (see [`HOLDS_AS_MUCH`]).
    pub containment: f64,
    /// Share of the child aligned with the parent, verbatim or reworded: a rewrite crediting
    /// nothing that is aligned as much with each of two copies of one story took the story,
    /// not one copy (see [`Pass::held_alike`]).
    pub coverage: f64,
    /// A copy link turned around (see `DecidedBy::AgencyMark`): the child is a copy crediting
    /// nothing of the parent, a copy marked as an absent agency's that ran after it. It can
    /// only join the parent's story (see [`Join::Marked`]), never hang under the parent.
    pub turned: bool,
    /// A derivative by shared vocabulary alone, with too little of the child aligned with the
    /// parent to show which text it took. Such a link holds only to a parent that is no
    /// derivative of another input article (see [`build`]).
    pub vocabulary_only: bool,
}

impl Proposal {
    /// A derivative link by vocabulary alone (copies are never refused by that rule).
    fn by_vocabulary(&self) -> bool {
        self.vocabulary_only && self.relation == Relation::Derivative
    }

    /// Whether `f` holds this link (as a derivative, for a derivative proposal).
    fn taken(&self, f: &Forest) -> bool {
        let c = self.child as usize;
        f.parent[c] == Some(Node::Article(self.parent)) && f.relation[c] == self.relation
    }
}

/// Whether two texts are copies of one text by their aligned shares, each of the other (see
/// [`Proposal::mutual_copy`]). On generated 2,000 originals, the lesser of the two coverages is
/// 0.91 to 0.97 (10th to 90th percentile) for two near copies of one absent wire story, 0.36 to
/// 0.63 for two rewrites of one story.
pub fn mutual_copy(coverage_child: f64, coverage_parent: f64) -> bool {
    const MUTUAL_COPY: f64 = 0.8;
    coverage_child >= MUTUAL_COPY && coverage_parent >= MUTUAL_COPY
}

/// A virtual root: an outlet credited by articles whose source is not in the input.
#[derive(Debug, Clone)]
pub struct VirtualNode {
    pub id: String,
    pub outlet: String,
}

/// Renames the virtual nodes whose id an input article already has (a dump may hold an article
/// with the id `external:reuters`): a parent or cluster naming that id would otherwise point at
/// two nodes. The node takes the next free `/<k>`, as further trees of one outlet do, so eval,
/// which reads the part before `/`, still credits the outlet.
pub fn avoid_article_ids<'a>(forest: &mut Forest, ids: impl Iterator<Item = &'a str>) {
    let taken: std::collections::HashSet<&str> =
        ids.filter(|id| id.starts_with("external:")).collect();
    if taken.is_empty() {
        return;
    }
    let mut used: std::collections::HashSet<String> =
        forest.virtuals.iter().map(|v| v.id.clone()).collect();
    // Per outlet, the suffix to try next: every one below it was found taken or used, and
    // stays so, so each search goes on where the last one stopped. Searching from 2 every time
    // cost the square of the renamed nodes (10,000 articles named as the virtual nodes of
    // 10,000 trees: tree stage 17.3 s).
    let mut next: std::collections::HashMap<String, u64> = std::collections::HashMap::new();
    for v in &mut forest.virtuals {
        if !taken.contains(v.id.as_str()) {
            continue;
        }
        let k = next.entry(v.outlet.clone()).or_insert(2);
        let free = (*k..)
            .map(|k| (k, format!("external:{}/{k}", v.outlet)))
            .find(|(_, id)| !taken.contains(id.as_str()) && !used.contains(id))
            .expect("a free suffix exists");
        *k = free.0 + 1;
        used.insert(free.1.clone());
        v.id = free.1;
    }
}

#[derive(Debug, Clone)]
pub struct Forest {
    pub parent: Vec<Option<Node>>,
    pub relation: Vec<Relation>,
    pub confidence: Vec<Option<f64>>,
    /// Index of the accepted proposal (or credit, for virtual parents) behind each link.
    pub evidence: Vec<Option<usize>>,
    /// For an article under a virtual node that credits nothing itself: the proposal (its
    /// evidence index) by which it copies a text there that does. Its `evidence` is `None`.
    pub via: Vec<Option<usize>>,
    pub virtuals: Vec<VirtualNode>,
    /// The root of each article's tree.
    pub root: Vec<Node>,
}

struct UnionFind(Vec<u32>);

impl UnionFind {
    fn find(&mut self, mut x: u32) -> u32 {
        while self.0[x as usize] != x {
            let p = self.0[x as usize];
            self.0[x as usize] = self.0[p as usize];
            x = p;
        }
        x
    }
}

/// Items grouped by article, in their order within each group: one allocation for all articles
/// rather than one per article (a million-article forest is built several times over).
struct ByChild<T> {
    /// `start[a]..start[a + 1]`: article `a`'s items.
    start: Vec<u32>,
    items: Vec<T>,
}

impl<T: Copy + Default> ByChild<T> {
    fn new(n: usize, pairs: impl Iterator<Item = (u32, T)> + Clone) -> Self {
        let mut start = vec![0u32; n + 1];
        for (a, _) in pairs.clone() {
            start[a as usize + 1] += 1;
        }
        for a in 0..n {
            start[a + 1] += start[a];
        }
        let mut next = start.clone();
        let mut items = vec![T::default(); start[n] as usize];
        for (a, x) in pairs {
            items[next[a as usize] as usize] = x;
            next[a as usize] += 1;
        }
        ByChild { start, items }
    }
}

impl<T> std::ops::Index<usize> for ByChild<T> {
    type Output = [T];
    fn index(&self, a: usize) -> &[T] {
        &self.items[self.start[a] as usize..self.start[a + 1] as usize]
    }
}

/// Builds the forest over `n` articles.
/// - `proposals`: candidate links (duplicates and derivatives), in any order.
/// - `credit`: per article, the outlet it credits as its source (slug, credit index), if any.
///   Virtual ids are numbered in article order, so they are deterministic.
/// - `source_in_input`: per article, whether a proposal links it to an article of the outlet it
///   credits: then the story it copies is in the input, and it links to it like any copy.
/// - `marked`: per article, whether its credit marks it as the agency's copy (the agency's
///   dateline, bracket, byline, closing or copyright line), not a credit in running text.
///
/// A vocabulary-only link does not hold to a parent that is itself a derivative of another
/// input article. Words shared with a rewrite are its source's words too, so vocabulary cannot
/// tell which of the family a text was written from: it goes under the family's source, if that
/// pair links, or stays apart. What such links join is mostly a topic (measured on the links
/// taken without this rule: Clough-Stevenson 5 of 5 wrong, COUNTER 3 of 4, generated 2,000
/// originals 15 of 15). A parent under a virtual node stays a parent: its source is absent, and
/// it stands for it. Refused links are dropped and the forest built again; after
/// `VOCABULARY_ROUNDS` builds, every vocabulary link to an article that could be a rewrite is
/// dropped before the last one. Refused links still valid in the final forest are then taken,
/// most confident first, by children left without a parent.
///
/// `min_confidence` (`--min-confidence`) applies to the links to virtual nodes too: the links
/// between articles met it when they were decided, a root's own credit is worth
/// [`CREDIT_CONFIDENCE`].
pub fn build(
    n: usize,
    mut proposals: Vec<Proposal>,
    credit: &[Option<(String, usize)>],
    source_in_input: &[bool],
    marked: &[bool],
    min_confidence: f64,
) -> Forest {
    let mut refused: Vec<Proposal> = Vec::new();
    let mut f = build_once(
        n,
        proposals.clone(),
        credit,
        source_in_input,
        marked,
        min_confidence,
    );
    for round in 1.. {
        let wrong: Vec<bool> = proposals
            .iter()
            .map(|x| x.by_vocabulary() && x.taken(&f) && under_rewrite(&f, x.parent as usize))
            .collect();
        if !wrong.contains(&true) {
            break;
        }
        let mut k = 0;
        let (out, kept): (Vec<Proposal>, Vec<Proposal>) =
            std::mem::take(&mut proposals).into_iter().partition(|_| {
                k += 1;
                wrong[k - 1]
            });
        proposals = kept;
        refused.extend(out);
        if round == VOCABULARY_ROUNDS {
            // The last build may not refuse anything: every vocabulary link to an article that
            // some derivative link could put under another goes now. The refused ones that turn
            // out valid are taken back below.
            let mut may_be_rewrite = vec![false; n];
            for x in &proposals {
                if x.relation == Relation::Derivative {
                    may_be_rewrite[x.child as usize] = true;
                }
            }
            let (out, kept): (Vec<Proposal>, Vec<Proposal>) = std::mem::take(&mut proposals)
                .into_iter()
                .partition(|x| x.by_vocabulary() && may_be_rewrite[x.parent as usize]);
            proposals = kept;
            refused.extend(out);
            f = build_once(
                n,
                proposals.clone(),
                credit,
                source_in_input,
                marked,
                min_confidence,
            );
            break;
        }
        f = build_once(
            n,
            proposals.clone(),
            credit,
            source_in_input,
            marked,
            min_confidence,
        );
    }
    // A refused link whose parent, in the forest as built, is no rewrite of another article is
    // taken after all when its child is still free (an article crediting an outlet has gone
    // under the outlet's node meanwhile), unless that would close a cycle or put the child's own
    // vocabulary children under a rewrite.
    sort_proposals(&mut refused);
    let mut vocab_children = vec![false; n];
    for x in &proposals {
        if x.by_vocabulary() && x.taken(&f) {
            vocab_children[x.parent as usize] = true;
        }
    }
    // The trees as sets, each led by its top article (or, past `n`, its virtual node): a free
    // child leads its own, so a link closes a cycle exactly when the parent is in it. As the
    // forest is built a valid parent is a root, under a virtual node or a copy placed the same
    // in every build, so this never refuses; it keeps the forest acyclic should that change.
    let mut trees = UnionFind(
        roots(&f.parent)
            .into_iter()
            .map(|r| match r {
                Node::Article(a) => a,
                Node::Virtual(v) => n as u32 + v,
            })
            .chain((0..f.virtuals.len() as u32).map(|v| n as u32 + v))
            .collect(),
    );
    for x in &refused {
        let (c, par) = (x.child as usize, x.parent as usize);
        if f.parent[c].is_some() || under_rewrite(&f, par) || vocab_children[c] {
            continue;
        }
        let (tc, tp) = (trees.find(x.child), trees.find(x.parent));
        if tc != tp {
            trees.0[tc as usize] = tp;
            link(&mut f, x);
            vocab_children[par] = true;
        }
    }
    finish(&mut f);
    f
}

/// Whether `a` is a derivative of another input article: a vocabulary link cannot point to it.
fn under_rewrite(f: &Forest, a: usize) -> bool {
    f.relation[a] == Relation::Derivative && matches!(f.parent[a], Some(Node::Article(_)))
}

/// Builds of [`build`] that may still take a vocabulary link to a rewrite (refused, it is dropped
/// and the forest built again); the build after them cannot. Real corpora need one or two (the
/// generated corpus of 105k articles: at most two).
const VOCABULARY_ROUNDS: usize = 4;

fn build_once(
    n: usize,
    proposals: Vec<Proposal>,
    credit: &[Option<(String, usize)>],
    source_in_input: &[bool],
    marked: &[bool],
    min_confidence: f64,
) -> Forest {
    // Copies first: a derivative then hangs under the original rather than under one of its
    // copies, which matches it just as well (copies step aside by a rank penalty).
    let (mut copies, mut derived): (Vec<Proposal>, Vec<Proposal>) =
        proposals.into_iter().partition(|p| {
            matches!(
                p.relation,
                Relation::ExactDuplicate | Relation::NearDuplicate
            )
        });
    sort_proposals(&mut copies);
    let common_source = |p: &Proposal| {
        let (c, par) = (p.child as usize, p.parent as usize);
        match (&credit[c], &credit[par]) {
            (Some((x, _)), Some((y, _))) => x == y && !source_in_input[c] && !source_in_input[par],
            _ => false,
        }
    };
    // A copy that took the outlet's credit from the other text, neither being nearly all inside
    // the other, copied that text: a blog repeating an aggregator's lead and last lines with its
    // "Reuters reported", which is nearly all inside the aggregator's rewrite (a copy cut short)
    // but no copy of Reuters' story; only copies of one text are siblings, as for derivatives
    // (see [`Pass::sibling`]).
    let copy_source = |p: &Proposal| common_source(p) && (p.mutual_copy || !p.credit_copied);
    let mut placed = place_copies(n, &copies, &copy_source, &|_| None);
    // A near copy that matches a copy about as well as it matches the copy's original goes
    // under the original (see [`COPY_OF_COPY_PENALTY`]). Which articles are copies is only
    // known once they are placed, so they are placed again with the penalty.
    // A copy that holds as much of itself in the copy's original as in the copy took nothing of
    // the copy's own (see [`HOLDS_AS_MUCH`]): it goes under the original. Likewise a copy that
    // credits nothing, of a text in a group of copies of an absent outlet's story, that holds as
    // much of itself in another of the group: it is one more copy of the story.
    // Which text holds as much of a copy is asked of every link it has, derivative ones too: a
    // copy edited a little holds as much of itself in each copy of the story, but may be a near
    // copy of only one of them by Jaccard (the rest are longer).
    // Per child, each proposed parent with the child's containment in it and whether the
    // proposal is a copy; where a pair is proposed twice the later one counts.
    let proposed = ByChild::new(
        n,
        copies
            .iter()
            .map(|p| (p.child, (p.parent, p.containment, true)))
            .chain(
                derived
                    .iter()
                    .map(|p| (p.child, (p.parent, p.containment, false))),
            ),
    );
    let holds_as_much = |p: &Proposal, other: u32, any: bool| {
        proposed[p.child as usize]
            .iter()
            .rev()
            .find(|x| x.0 == other)
            .is_some_and(|&(_, c, copy)| (copy || any) && c >= p.containment - HOLDS_AS_MUCH)
    };
    // Per copy proposal, whether its child joins its parent's group of copies of an absent
    // outlet's story, and whether the parent starts the group (see [`place_copies`]).
    let mut joins: Vec<Option<Join>> = vec![None; copies.len()];
    {
        let (f0, _, group0, copy_of0) = &mut placed;
        for (k, p) in copies.iter().enumerate() {
            let par = p.parent as usize;
            if credit[p.child as usize].is_some() {
                continue;
            }
            // A copy crediting nothing of a text marked as an absent agency's copy, itself no
            // copy of another article: one more copy of the agency's story, as papers take it
            // from the agency's feed, not from each other (Kyoto Shimbun's cut of a Kyodo
            // story Tokyo Shimbun ran with "（共同）"; a paper's edit of a Yonhap story another
            // ran under Yonhap's dateline).
            // So is a copy that ran first, the marked one under it (`turned`), whether or not
            // the marked one is in a group already: it took nothing from the later copies.
            if copy_of0[par].is_none() || p.turned {
                let free = match f0.parent[par] {
                    None => true,
                    Some(Node::Article(q)) => p.turned && q == p.child,
                    Some(Node::Virtual(_)) => false,
                };
                joins[k] = (marked[par]
                    && credit[par].is_some()
                    && !source_in_input[par]
                    && free
                    && p.child != p.parent)
                    .then_some(Join::Marked);
                continue;
            }
            let g = group0.find(p.parent);
            joins[k] = proposed[p.child as usize]
                .iter()
                .any(|&(q, _, _)| {
                    q != p.parent
                        && copy_of0[q as usize].is_some()
                        && f0.parent[q as usize].is_none()
                        && group0.find(q) == g
                        && holds_as_much(p, q, true)
                })
                .then_some(Join::Group);
        }
    }
    let mut stepped = joins.iter().any(Option::is_some);
    // A turned link that joins takes the place of the link it turned: the marked copy is no
    // longer placed under the other before the two are grouped.
    let turned_joins: std::collections::HashSet<(u32, u32)> = copies
        .iter()
        .zip(&joins)
        .filter(|(p, j)| p.turned && j.is_some())
        .map(|(p, _)| (p.parent, p.child))
        .collect();
    for p in &mut copies {
        if turned_joins.contains(&(p.child, p.parent)) && !p.turned {
            p.rank -= STEP_ASIDE;
        }
    }
    for p in &mut copies {
        if let Some(Node::Article(g)) = placed.0.parent[p.parent as usize] {
            if is_copy(p.relation) && g != p.child && holds_as_much(p, g, false) {
                p.rank -= STEP_ASIDE;
                stepped = true;
            } else if p.relation == Relation::NearDuplicate {
                p.rank -= COPY_OF_COPY_PENALTY;
                stepped = true;
            }
        }
    }
    if stepped {
        let key = |p: &Proposal| (p.child, p.parent);
        let joined: std::collections::HashMap<(u32, u32), Join> = copies
            .iter()
            .zip(&joins)
            .filter_map(|(p, j)| Some((key(p), (*j)?)))
            .collect();
        sort_proposals(&mut copies);
        let joins = |p: &Proposal| joined.get(&key(p)).copied();
        placed = place_copies(n, &copies, &copy_source, &joins);
    }
    let (mut f, uf, copy_group, copy_of) = placed;
    for p in &mut derived {
        if matches!(
            f.relation[p.parent as usize],
            Relation::ExactDuplicate | Relation::NearDuplicate
        ) && f.parent[p.parent as usize].is_some()
        {
            p.rank -= COPY_PARENT_PENALTY;
        }
    }
    sort_proposals(&mut derived);
    let of_child = ByChild::new(n, derived.iter().enumerate().map(|(k, p)| (p.child, k)));
    // A copy crediting nothing that joined a group of copies of an absent outlet's story stands
    // for the story as the credited copies do: a rewrite crediting the outlet took the story.
    let credits_story = |p: &Proposal| {
        let (c, par) = (p.child as usize, p.parent as usize);
        let (Some(k), None, Some((outlet, _))) = (copy_of[par], &credit[par], &credit[c]) else {
            return false;
        };
        let q = &copies[k];
        !source_in_input[c]
            && [q.child, q.parent].iter().any(|&a| {
                credit[a as usize]
                    .as_ref()
                    .is_some_and(|(x, _)| x == outlet)
            })
    };
    let pass = Pass {
        derived: &derived,
        of_child: &of_child,
        copy_of: &copy_of,
        common_source: &common_source,
        credits_story: &credits_story,
        credit,
    };
    let mut at = Placing {
        uf,
        copy_group,
        wire_child: vec![None; n],
        taken: vec![None; n],
    };
    pass.take(&mut f, &mut at, false);
    // A rewrite that credits an absent outlet in its own words, under a text that credits the
    // same outlet, is its sibling: what the two share is the outlet's. So is a copy of such a
    // text whatever its credit, as near copies are: two papers running the story keep its
    // dateline alike. It moves under the outlet's node in its parent's tree, which is the
    // tree's top's node when that top credits the outlet (in a tree rooted elsewhere the link
    // stays). Decided once all links are taken, since the parent's own link may come later.
    // The tops are those before any move: a move puts an article beside its parent's top in
    // that top's group, so an article below it that moves joins the same group either way.
    let tops = roots(&f.parent);
    let mut moved = false;
    for c in 0..n {
        let Some(k) = at.taken[c] else { continue };
        let Node::Article(top) = tops[derived[k].parent as usize] else {
            continue;
        };
        if !pass.sibling(&derived[k], top as usize) {
            continue;
        }
        f.parent[c] = None;
        f.relation[c] = Relation::Unrelated;
        f.confidence[c] = None;
        f.evidence[c] = None;
        at.taken[c] = None;
        let (gc, gt) = (at.copy_group.find(c as u32), at.copy_group.find(top));
        at.copy_group.0[gc as usize] = gt;
        at.wire_child[c] = Some(k);
        moved = true;
    }
    // A move can free a link refused for closing a cycle through the moved article's old
    // parent: the articles still without a place get a second greedy pass, over the trees as
    // they now are, with the sibling rule applied as each link is taken.
    if moved {
        at.uf = UnionFind((0..n as u32).collect());
        for c in 0..n {
            if let Some(Node::Article(p)) = f.parent[c] {
                // Every article is linked once, and until then leads its own set, so each set's
                // representative stays the top of its tree.
                at.uf.0[c] = at.uf.find(p);
            }
        }
        pass.take(&mut f, &mut at, true);
    }
    // A copy of an absent outlet's story has no article parent: its group hangs under the
    // outlet's node. Its best derivative link, to a text that credits the outlet in its own
    // words (a paper's earlier rewrite of the story, or an earlier cut of it), makes that text
    // its sibling too, as the move above does for a rewrite: both are the outlet's story, and
    // two nodes for it would say two stories (a review's copies of one AP story, the first
    // four paragraphs run an hour before the whole, stood under two).
    let tops = roots(&f.parent);
    let mut first = vec![true; n];
    for p in &derived {
        let c = p.child as usize;
        if copy_of[c].is_none() || !std::mem::replace(&mut first[c], false) {
            continue;
        }
        let Node::Article(top) = tops[p.parent as usize] else {
            continue;
        };
        if pass.sibling(p, top as usize) {
            let (gc, gt) = (at.copy_group.find(p.child), at.copy_group.find(top));
            at.copy_group.0[gc as usize] = gt;
        }
    }
    // Roots that credit an outlet hang under a virtual node for it, one per tree (the copies of
    // one wire story share one).
    // Two papers running one wire story nearly whole are each a near copy of it, though their
    // edits kept them under the near-copy Jaccard of each other: a text nearly all inside the
    // other both ways (`mutual_copy`) stands under the node as a near copy, and so does the
    // text it was linked to.
    let mut runs_whole = vec![false; n];
    for k in at.wire_child.iter().flatten() {
        let p = &derived[*k];
        if p.mutual_copy {
            runs_whole[p.child as usize] = true;
            runs_whole[p.parent as usize] = true;
        }
    }
    let mut per_outlet: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    let mut virtual_of: std::collections::HashMap<(&str, u32), u32> =
        std::collections::HashMap::new();
    for (a, credit) in credit.iter().enumerate().take(n) {
        if f.parent[a].is_some() {
            continue;
        }
        let Some((outlet, credit_idx)) = credit else {
            continue;
        };
        let (relation, confidence) = match (copy_of[a], at.wire_child[a]) {
            (Some(k), _) => (copies[k].relation, copies[k].confidence),
            (None, Some(k)) => (Relation::Derivative, derived[k].confidence),
            (None, None) => (Relation::Derivative, CREDIT_CONFIDENCE),
        };
        let relation = if runs_whole[a] && relation == Relation::Derivative {
            Relation::NearDuplicate
        } else {
            relation
        };
        if confidence < min_confidence {
            continue;
        }
        let group = at.copy_group.find(a as u32);
        let v = *virtual_of.entry((outlet, group)).or_insert_with(|| {
            let k = per_outlet.entry(outlet).or_insert(0);
            *k += 1;
            let id = if *k == 1 {
                format!("external:{outlet}")
            } else {
                format!("external:{outlet}/{k}")
            };
            f.virtuals.push(VirtualNode {
                id,
                outlet: outlet.clone(),
            });
            f.virtuals.len() as u32 - 1
        });
        f.parent[a] = Some(Node::Virtual(v));
        (f.relation[a], f.confidence[a]) = (relation, Some(confidence));
        f.evidence[a] = Some(*credit_idx);
    }
    // Copies that credit nothing, in a group of copies of an absent outlet's story: under the
    // group's node, or under the text they were grouped by if the group has none.
    let mut node_of_group: std::collections::HashMap<u32, u32> = std::collections::HashMap::new();
    let copies_of = ByChild::new(n, copies.iter().enumerate().map(|(k, p)| (p.child, k)));
    for (&(_, g), &v) in &virtual_of {
        let e = node_of_group.entry(g).or_insert(v);
        *e = (*e).min(v);
    }
    for a in 0..n {
        // A rewrite crediting nothing, beside the copies of a story it holds as much of in two
        // (see [`Pass::held_alike`]), likewise.
        if let (Some(k), None, None) = (at.wire_child[a], &credit[a], f.parent[a]) {
            let p = &derived[k];
            if p.confidence < min_confidence {
                continue;
            }
            let group = at.copy_group.find(a as u32);
            match node_of_group.get(&group) {
                Some(&v) => {
                    // The copy it was taken beside may credit nothing itself (a copy of a copy
                    // that does): the evidence names one under the node that credits its
                    // outlet, when the rewrite holds as much of itself there, so that the
                    // credit is shown with it.
                    let node = Some(Node::Virtual(v));
                    let credits = |x: &Proposal| {
                        credit[x.parent as usize].is_some() && f.parent[x.parent as usize] == node
                    };
                    let by = if credits(p) {
                        p
                    } else {
                        of_child[a]
                            .iter()
                            .map(|&j| &derived[j])
                            .find(|q| {
                                credits(q)
                                    && (q.relation, q.mutual_copy) == (p.relation, p.mutual_copy)
                                    && q.containment >= p.containment - HOLDS_AS_MUCH
                                    && q.coverage >= p.coverage - COVERAGE_AS_MUCH
                                    && q.confidence >= min_confidence
                            })
                            .unwrap_or(p)
                    };
                    let relation = if runs_whole[a] {
                        Relation::NearDuplicate
                    } else {
                        by.relation
                    };
                    f.parent[a] = node;
                    (f.relation[a], f.confidence[a]) = (relation, Some(by.confidence));
                    f.via[a] = Some(by.evidence);
                }
                None => {
                    if let Some(q) = first_free(&f, a, &of_child[a], &derived, min_confidence) {
                        link(&mut f, q);
                    }
                }
            }
            continue;
        }
        let Some(k) = copy_of[a] else { continue };
        if f.parent[a].is_some() || credit[a].is_some() {
            continue;
        }
        let p = &copies[k];
        if p.confidence < min_confidence || p.child as usize != a {
            continue;
        }
        match node_of_group.get(&at.copy_group.find(a as u32)) {
            Some(&v) => {
                f.parent[a] = Some(Node::Virtual(v));
                (f.relation[a], f.confidence[a]) = (p.relation, Some(p.confidence));
                f.via[a] = Some(p.evidence);
            }
            None => {
                let q = first_free(&f, a, &copies_of[a], &copies, min_confidence)
                    .or_else(|| first_free(&f, a, &of_child[a], &derived, min_confidence));
                if let Some(q) = q {
                    link(&mut f, q);
                }
            }
        }
    }
    // A copy crediting the outlet, under a copy crediting nothing that went under the outlet's
    // node (one that ran before the marked copies, see [`Join::Marked`]), is beside it there:
    // both ran the outlet's story.
    for a in 0..n {
        let (Some(Node::Article(p)), Some((outlet, idx))) = (f.parent[a], &credit[a]) else {
            continue;
        };
        if !is_copy(f.relation[a]) || source_in_input[a] || credit[p as usize].is_some() {
            continue;
        }
        if let Some(Node::Virtual(v)) = f.parent[p as usize] {
            if f.via[p as usize].is_some() && f.virtuals[v as usize].outlet == *outlet {
                f.parent[a] = Some(Node::Virtual(v));
                f.evidence[a] = Some(*idx);
            }
        }
    }
    finish(&mut f);
    f
}

/// For an article in a group of copies that has no node: the first of its proposals (`mine`,
/// indices into `proposals`, most confident first) whose parent is not below it. Its joining
/// link's parent may have been linked below it meanwhile, as a copy of another text: the
/// groups are those of the first placement, the links the second's.
fn first_free<'a>(
    f: &Forest,
    a: usize,
    mine: &[usize],
    proposals: &'a [Proposal],
    min_confidence: f64,
) -> Option<&'a Proposal> {
    mine.iter().map(|&k| &proposals[k]).find(|q| {
        !q.turned
            && q.confidence >= min_confidence
            && q.parent as usize != a
            && !descends(f, q.parent as usize, a)
    })
}

/// Whether article `a` is `top` or below it.
fn descends(f: &Forest, mut a: usize, top: usize) -> bool {
    loop {
        if a == top {
            return true;
        }
        match f.parent[a] {
            Some(Node::Article(p)) => a = p as usize,
            _ => return false,
        }
    }
}

/// Confidence of the link from an article to the absent outlet it credits, when no link to
/// another article puts it there: the credit says where the story came from, not how much of it
/// the article took.
pub const CREDIT_CONFIDENCE: f64 = 0.6;

/// Sets the relation of each root (original or unrelated) and every article's root.
fn finish(f: &mut Forest) {
    let n = f.parent.len();
    // Roots with children are originals; roots without are unrelated.
    let mut has_child = vec![false; n];
    for p in f.parent.iter().flatten() {
        if let Node::Article(x) = p {
            has_child[*x as usize] = true;
        }
    }
    for (a, &has) in has_child.iter().enumerate() {
        if f.parent[a].is_none() {
            f.relation[a] = if has {
                Relation::Original
            } else {
                Relation::Unrelated
            };
        }
    }
    f.root = roots(&f.parent);
}

/// Places the copy proposals (sorted), most confident first. Returns the forest with their
/// links, its union-find of parent links, the groups of copies of one absent outlet's story,
/// and per article the copy proposal that put it in such a group.
///
/// Copies of each other that both credit the same outlet, absent from the input, are two copies
/// of its story (two papers running one wire story), not one copied from the other; such an
/// article takes no article parent and hangs under the outlet's virtual node. The groups are
/// kept apart from the union-find, which follows parent links only, so that it refuses exactly
/// the links that would close a cycle.
fn place_copies(
    n: usize,
    copies: &[Proposal],
    common_source: &dyn Fn(&Proposal) -> bool,
    joins: &dyn Fn(&Proposal) -> Option<Join>,
) -> (Forest, UnionFind, UnionFind, Vec<Option<usize>>) {
    let mut f = Forest {
        parent: vec![None; n],
        relation: vec![Relation::Unrelated; n],
        confidence: vec![None; n],
        evidence: vec![None; n],
        via: vec![None; n],
        virtuals: Vec::new(),
        root: Vec::new(),
    };
    let mut uf = UnionFind((0..n as u32).collect());
    let mut copy_of: Vec<Option<usize>> = vec![None; n];
    let mut copy_group = UnionFind((0..n as u32).collect());
    for (k, p) in copies.iter().enumerate() {
        let (c, par) = (p.child as usize, p.parent as usize);
        if p.child == p.parent || f.parent[c].is_some() {
            continue;
        }
        // A copy crediting nothing that joins a group (see `build_once`) says nothing of how
        // its parent stands there, but for a parent that starts the group by its mark.
        let shared = common_source(p);
        // A copy joins one group: a copy of copies of two outlets' stories says nothing of which
        // story it ran.
        let join = joins(p).filter(|_| copy_of[c].is_none());
        if (shared || join.is_some()) && f.parent[par].is_none() {
            let (gc, gp) = (copy_group.find(p.child), copy_group.find(p.parent));
            copy_group.0[gc as usize] = gp;
            copy_of[c].get_or_insert(k);
            if shared || join == Some(Join::Marked) {
                copy_of[par].get_or_insert(k);
            }
            continue;
        }
        // Two copies of one story are siblings under its node: a copy that joined its parent's
        // group makes the parent no copy of it.
        if p.turned || copy_of[c].is_some() || copy_group.find(p.child) == copy_group.find(p.parent)
        {
            continue;
        }
        let (rc, rp) = (uf.find(p.child), uf.find(p.parent));
        if rc == rp {
            continue;
        }
        uf.0[rc as usize] = rp;
        link(&mut f, p);
    }
    (f, uf, copy_group, copy_of)
}

/// How a copy crediting nothing joins its parent's group of copies of an absent outlet's story
/// (see `build_once`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Join {
    /// The parent is in such a group, and the copy holds as much of itself in another copy there.
    Group,
    /// The parent is marked as the outlet's copy: in no group yet, it starts one. By a turned
    /// link (the copy crediting nothing ran first) it joins the parent's group if there is one.
    Marked,
}

/// How much less a copy is preferred as a parent than its original.
const COPY_PARENT_PENALTY: f64 = 0.1;

/// How much less of a copy another text may hold than the copy's chosen parent does and still be
/// as good a parent (shingle containment).
const HOLDS_AS_MUCH: f64 = 1e-9;

/// How much less of a rewrite another copy of a story may align than the copy it is linked to
/// and still hold as much of it (see [`Pass::held_alike`]): copies of one story differ by a few
/// words, and a rewrite of a paper's own paragraph is several points of its text.
const COVERAGE_AS_MUCH: f64 = 0.01;

/// Rank taken from a copy's link to a copy of a text that holds as much of it: below any link's.
const STEP_ASIDE: f64 = 2.0;

/// How much less a copy is preferred as the parent of another near copy: a tie-breaker, about
/// 0.04 of shingle Jaccard (near-copy confidence is 0.6 + 0.8 x (Jaccard - 0.5)). Two copies of
/// one text a few word edits apart match each other about as well as either matches the text,
/// and then the text is the parent that explains both (Clough-Stevenson: an answer with
/// Jaccard 0.73 with a near copy of the source, 0.70 with the source, goes under the source).
/// It stays small because which of two undated copies is the original is itself uncertain:
/// a copy taken for the original then gathers the others. Measured (right links): at 0.03
/// Clough-Stevenson 48 to 49, generated 25k +2, without dates +2, without dates and URLs -4
/// (of 15,628); at 0.1, the last lost 42, all near copies moved under a sibling taken for the
/// original.
const COPY_OF_COPY_PENALTY: f64 = 0.03;

fn sort_proposals(proposals: &mut [Proposal]) {
    proposals.sort_by(|x, y| {
        y.rank
            .total_cmp(&x.rank)
            .then(relation_rank(x.relation).cmp(&relation_rank(y.relation)))
            .then(x.child.cmp(&y.child))
            .then(x.parent.cmp(&y.parent))
    });
}

/// Where the derivative passes have put each article so far, besides the forest's links.
struct Placing {
    /// The trees of article links, each set represented by its top article.
    uf: UnionFind,
    /// The copies of one outlet's story and the articles beside them: they share its node.
    copy_group: UnionFind,
    /// `wire_child[c]`: the derivative proposal under which c, crediting an outlet, hangs under
    /// the outlet's node beside the text it was proposed under (see [`Pass::sibling`]), or,
    /// crediting nothing, beside the copies of the story it holds as much of (see
    /// [`Pass::held_alike`]).
    wire_child: Vec<Option<usize>>,
    /// `taken[c]`: the derivative proposal that linked c to an article.
    taken: Vec<Option<usize>>,
}

/// What a greedy pass over the derivative proposals needs besides the forest it builds.
struct Pass<'a> {
    /// Sorted, most confident first.
    derived: &'a [Proposal],
    /// Per child, its proposals' indices in `derived`.
    of_child: &'a ByChild<usize>,
    copy_of: &'a [Option<usize>],
    common_source: &'a dyn Fn(&Proposal) -> bool,
    /// Whether the child credits the outlet whose story the parent, a copy crediting nothing
    /// in a group of copies of it, runs.
    credits_story: &'a dyn Fn(&Proposal) -> bool,
    credit: &'a [Option<(String, usize)>],
}

impl Pass<'_> {
    /// Whether the child of `p` is a sibling of its parent under the credited outlet's node:
    /// both credit an absent outlet, the child did not take its credit from the parent (or the
    /// two are copies of one text), and the top of the parent's tree credits the outlet too.
    fn sibling(&self, p: &Proposal, top: usize) -> bool {
        let outlet = |a: usize| self.credit[a].as_ref().map(|x| &x.0);
        (!p.credit_copied || p.mutual_copy)
            && (self.common_source)(p)
            && outlet(top) == outlet(p.child as usize)
    }

    /// Whether `p` links a child crediting nothing to a copy of an absent outlet's story, and
    /// the child holds as much of itself (shingle containment, [`HOLDS_AS_MUCH`]; aligned
    /// share, [`COVERAGE_AS_MUCH`]) in another copy of that story: it took nothing of the
    /// copy's own, so it is a rewrite of the story (a paper's uncredited rewrite of a Bernama
    /// story that two papers ran with the credit). As a copy crediting nothing joins such a
    /// group (see `build_once`).
    fn held_alike(&self, p: &Proposal, copy_group: &mut UnionFind) -> bool {
        if self.credit[p.child as usize].is_some() || p.relation != Relation::Derivative {
            return false;
        }
        let g = copy_group.find(p.parent);
        self.of_child[p.child as usize].iter().any(|&k| {
            let q = &self.derived[k];
            q.parent != p.parent
                && self.copy_of[q.parent as usize].is_some()
                && q.containment >= p.containment - HOLDS_AS_MUCH
                && q.coverage >= p.coverage - COVERAGE_AS_MUCH
                && copy_group.find(q.parent) == g
        })
    }

    /// Takes the proposals, most confident first, for the articles without a place yet.
    /// With `siblings`, the sibling rule is applied to each link as it is taken (the second
    /// pass).
    fn take(&self, f: &mut Forest, at: &mut Placing, siblings: bool) {
        let Placing {
            uf,
            copy_group,
            wire_child,
            taken,
        } = at;
        for (k, p) in self.derived.iter().enumerate() {
            let c = p.child as usize;
            if p.child == p.parent
                || f.parent[c].is_some()
                || self.copy_of[c].is_some()
                || wire_child[c].is_some()
            {
                continue;
            }
            // A rewrite of a copy of the outlet's story that credits the outlet took the
            // outlet's text: it hangs under the outlet too.
            let (rc, rp) = (uf.find(p.child), uf.find(p.parent));
            let beside = if self.copy_of[p.parent as usize].is_some()
                && ((self.common_source)(p)
                    || (self.credits_story)(p)
                    || self.held_alike(p, copy_group))
            {
                Some(p.parent)
            } else if siblings && rc != rp && self.sibling(p, rp as usize) {
                Some(rp)
            } else {
                None
            };
            if let Some(b) = beside {
                let (gc, gb) = (copy_group.find(p.child), copy_group.find(b));
                copy_group.0[gc as usize] = gb;
                wire_child[c] = Some(k);
                continue;
            }
            if rc == rp {
                continue; // the parent already descends from the child
            }
            uf.0[rc as usize] = rp;
            link(f, p);
            taken[c] = Some(k);
        }
    }
}

fn link(f: &mut Forest, p: &Proposal) {
    let c = p.child as usize;
    f.parent[c] = Some(Node::Article(p.parent));
    f.relation[c] = p.relation;
    f.confidence[c] = Some(p.confidence);
    f.evidence[c] = Some(p.evidence);
}

fn is_copy(r: Relation) -> bool {
    matches!(r, Relation::ExactDuplicate | Relation::NearDuplicate)
}

fn relation_rank(r: Relation) -> u8 {
    match r {
        Relation::ExactDuplicate => 0,
        Relation::NearDuplicate => 1,
        _ => 2,
    }
}

/// The root of every article's tree, in one pass: each chain is walked once, and every article
/// on it gets the root found at its top. Walking up from every article instead costs the sum of
/// all depths, quadratic in a long chain (a story updated a thousand times, each version
/// linked to the one before).
fn roots(parent: &[Option<Node>]) -> Vec<Node> {
    let mut root: Vec<Option<Node>> = vec![None; parent.len()];
    let mut path = Vec::new();
    for a in 0..parent.len() {
        let mut x = a;
        let r = loop {
            if let Some(r) = root[x] {
                break r;
            }
            match parent[x] {
                None => break Node::Article(x as u32),
                Some(Node::Virtual(v)) => break Node::Virtual(v),
                // Acyclic by construction; a cycle would end here at its first repeat.
                Some(Node::Article(p)) if path.len() <= parent.len() => {
                    path.push(x);
                    x = p as usize;
                }
                Some(Node::Article(_)) => break Node::Article(x as u32),
            }
        };
        root[x] = Some(r);
        for y in path.drain(..) {
            root[y] = Some(r);
        }
    }
    root.into_iter()
        .enumerate()
        .map(|(a, r)| r.unwrap_or(Node::Article(a as u32)))
        .collect()
}

impl Forest {
    /// Children of every node, ordered by article index (the caller's precedence order).
    pub fn children(&self) -> (Vec<Vec<u32>>, Vec<Vec<u32>>) {
        let mut of_article = vec![Vec::new(); self.parent.len()];
        let mut of_virtual = vec![Vec::new(); self.virtuals.len()];
        for (c, p) in self.parent.iter().enumerate() {
            match p {
                Some(Node::Article(x)) => of_article[*x as usize].push(c as u32),
                Some(Node::Virtual(v)) => of_virtual[*v as usize].push(c as u32),
                None => {}
            }
        }
        (of_article, of_virtual)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`super::build`] with no confidence bar: the rules, not the bar, are under test here.
    fn build(
        n: usize,
        proposals: Vec<Proposal>,
        credit: &[Option<(String, usize)>],
        source_in_input: &[bool],
    ) -> Forest {
        super::build(n, proposals, credit, source_in_input, &vec![false; n], 0.0)
    }

    fn prop(child: u32, parent: u32, confidence: f64) -> Proposal {
        Proposal {
            child,
            parent,
            relation: Relation::Derivative,
            confidence,
            rank: confidence,
            evidence: 0,
            credit_copied: false,
            mutual_copy: false,
            vocabulary_only: false,
            containment: confidence,
            coverage: confidence,
            turned: false,
        }
    }

    #[test]
    fn greedy_tree_without_cycles() {
        // 2 is closer to 1 than to 0: it hangs under 1, not under the root.
        let props = vec![
            prop(1, 0, 0.9),
            prop(2, 1, 0.8),
            prop(2, 0, 0.5),
            prop(0, 2, 0.7),
        ];
        let f = build(3, props, &[None, None, None], &[false; 3]);
        assert_eq!(
            f.parent,
            vec![None, Some(Node::Article(0)), Some(Node::Article(1))]
        );
        assert_eq!(f.relation[0], Relation::Original);
        assert!(f.root.iter().all(|r| *r == Node::Article(0)));
    }

    #[test]
    fn a_near_copy_matching_a_copy_about_as_well_as_its_original_goes_under_the_original() {
        let near = |child, parent, confidence| Proposal {
            relation: Relation::NearDuplicate,
            ..prop(child, parent, confidence)
        };
        // 1 is a near copy of 0; 2 matches 1 a little better than 0 (Jaccard 0.73 against
        // 0.70), and the copy steps aside for its original.
        let props = vec![near(1, 0, 0.93), near(2, 1, 0.784), near(2, 0, 0.76)];
        let f = build(3, props, &[None, None, None], &[false; 3]);
        assert_eq!(f.parent[1], Some(Node::Article(0)));
        assert_eq!(f.parent[2], Some(Node::Article(0)));
        // A clear margin is the copy's own changes, shared: 2 then stays under the copy.
        let props = vec![near(1, 0, 0.93), near(2, 1, 0.85), near(2, 0, 0.76)];
        let f = build(3, props, &[None, None, None], &[false; 3]);
        assert_eq!(f.parent[2], Some(Node::Article(1)));
    }

    fn vocab(child: u32, parent: u32, confidence: f64) -> Proposal {
        Proposal {
            vocabulary_only: true,
            ..prop(child, parent, confidence)
        }
    }

    #[test]
    fn a_vocabulary_link_goes_to_the_familys_source_not_to_one_of_its_rewrites() {
        // 1 rewrites 0 (aligned text); 2 shares vocabulary with both, a little more with 1.
        let props = vec![prop(1, 0, 0.8), vocab(2, 1, 0.4), vocab(2, 0, 0.3)];
        let f = build(3, props, &[None, None, None], &[false; 3]);
        assert_eq!(f.parent[1], Some(Node::Article(0)));
        assert_eq!(f.parent[2], Some(Node::Article(0)));
        // Without the pair with the source, the vocabulary link to the rewrite is not taken.
        let props = vec![prop(1, 0, 0.8), vocab(2, 1, 0.4)];
        let f = build(3, props, &[None, None, None], &[false; 3]);
        assert_eq!(f.parent[2], None);
        assert_eq!(f.relation[2], Relation::Unrelated);
        assert_eq!(f.relation[0], Relation::Original);
        // Aligned text shows which rewrite a text took: that link holds.
        let props = vec![prop(1, 0, 0.8), prop(2, 1, 0.4), vocab(2, 0, 0.3)];
        let f = build(3, props, &[None, None, None], &[false; 3]);
        assert_eq!(f.parent[2], Some(Node::Article(1)));
    }

    #[test]
    fn a_vocabulary_link_to_a_rewrite_of_an_absent_source_holds() {
        // 0 rewrites an absent Reuters story (its virtual node is its parent); 1 shares
        // vocabulary with 0, which stands for the story.
        let credit = vec![Some(("reuters".to_string(), 0)), None];
        let f = build(2, vec![vocab(1, 0, 0.25)], &credit, &[false; 2]);
        assert_eq!(f.parent[0], Some(Node::Virtual(0)));
        assert_eq!(f.parent[1], Some(Node::Article(0)));
        assert_eq!(f.root[1], Node::Virtual(0));
    }

    #[test]
    fn vocabulary_links_refused_round_after_round_leave_the_childs_other_links() {
        // A chain 0 <- 1 <- 2 <- 3 <- 4 <- 5 of rewrites, and 6 with vocabulary links to 5, 4,
        // 3, 2, 1 in that order of rank: each build refuses the best, until the builds run out
        // and all of them go.
        let chain = || -> Vec<Proposal> {
            let mut props: Vec<Proposal> = (1..6).map(|c| prop(c, c - 1, 0.9)).collect();
            props.extend((1..6).map(|p| vocab(6, p, 0.1 * p as f64)));
            props
        };
        let f = build(7, chain(), &vec![None; 7], &[false; 7]);
        assert_eq!(f.parent[6], None);
        assert_eq!(f.relation[6], Relation::Unrelated);
        assert_eq!((f.confidence[6], f.evidence[6]), (None, None));
        assert_eq!(f.parent[5], Some(Node::Article(4)));
        // A weaker link by aligned text is still taken.
        let mut props = chain();
        props.push(prop(6, 0, 0.05));
        let f = build(7, props, &vec![None; 7], &[false; 7]);
        assert_eq!(f.parent[6], Some(Node::Article(0)));
        // And a child that credits an absent outlet goes under its node, as any crediting root.
        let mut credit = vec![None; 7];
        credit[6] = Some(("reuters".to_string(), 0));
        let f = build(7, chain(), &credit, &[false; 7]);
        assert_eq!(f.parent[6], Some(Node::Virtual(0)));
    }

    #[test]
    fn a_link_taken_back_does_not_put_a_vocabulary_child_under_a_rewrite() {
        // 3 hangs under 2 by vocabulary; 2's own vocabulary link to 4 (refused while 4 was a
        // rewrite of 1) would make 2 a rewrite, so it is not taken back.
        let props = vec![
            prop(1, 0, 0.9),
            vocab(3, 2, 0.5),
            vocab(2, 4, 0.45),
            vocab(4, 1, 0.4),
        ];
        let f = build(5, props, &vec![None; 5], &[false; 5]);
        assert_eq!(f.parent[3], Some(Node::Article(2)));
        assert!(!under_rewrite(&f, 2), "{:?}", f.parent);
    }

    #[test]
    fn virtual_ids_never_repeat_an_article_id() {
        let mut f = build(
            3,
            vec![],
            &[
                Some(("reuters".to_string(), 0)),
                None,
                Some(("ap".to_string(), 0)),
            ],
            &[false; 3],
        );
        assert_eq!(f.virtuals[0].id, "external:reuters");
        let ids = ["external:reuters", "external:reuters/2", "x"];
        avoid_article_ids(&mut f, ids.iter().copied());
        assert_eq!(f.virtuals[0].id, "external:reuters/3");
        assert_eq!(f.virtuals[1].id, "external:ap");

        // Five trees under Reuters (`external:reuters`, `/2` .. `/5`); articles hold the first,
        // `/3` and `/6`. Each renamed node takes the next suffix neither held nor used.
        let credit = vec![Some(("reuters".to_string(), 0)); 5];
        let mut f = build(5, vec![], &credit, &[false; 5]);
        let ids = [
            "external:reuters",
            "external:reuters/3",
            "external:reuters/6",
        ];
        avoid_article_ids(&mut f, ids.iter().copied());
        let got: Vec<&str> = f.virtuals.iter().map(|v| v.id.as_str()).collect();
        let want = ["/7", "/2", "/8", "/4", "/5"].map(|k| format!("external:reuters{k}"));
        assert_eq!(got, want);
    }

    #[test]
    fn virtual_roots_per_tree() {
        let credit = vec![
            Some(("reuters".to_string(), 0)),
            None,
            Some(("reuters".to_string(), 0)),
            None,
        ];
        let f = build(4, vec![prop(1, 0, 0.9)], &credit, &[false; 4]);
        assert_eq!(f.virtuals.len(), 2);
        assert_eq!(f.virtuals[0].id, "external:reuters");
        assert_eq!(f.virtuals[1].id, "external:reuters/2");
        assert_eq!(f.root[1], Node::Virtual(0));
        assert_eq!(f.relation[0], Relation::Derivative);
        assert_eq!(f.relation[3], Relation::Unrelated);
    }

    #[test]
    fn grouping_by_child_keeps_each_childs_items_in_order() {
        let g = ByChild::new(
            4,
            [(2u32, 'a'), (0, 'b'), (2, 'c'), (3, 'd'), (2, 'e')].into_iter(),
        );
        assert_eq!(&g[0], &['b']);
        assert!(g[1].is_empty());
        assert_eq!(&g[2], &['a', 'c', 'e']);
        assert_eq!(&g[3], &['d']);
        let none = ByChild::<u32>::new(3, std::iter::empty());
        assert!((0..3).all(|a| none[a].is_empty()));
    }

    #[test]
    fn copies_of_one_absent_wire_story_are_siblings_under_it() {
        let afp = Some(("afp".to_string(), 0));
        let copy = |child, parent, confidence| Proposal {
            relation: Relation::NearDuplicate,
            ..prop(child, parent, confidence)
        };
        // 0, 1 and 2 all run the same AFP story; 3 rewrites 1; 4 copies 0 without crediting AFP;
        // 5 rewrites 2 and credits AFP.
        let props = vec![
            copy(1, 0, 0.9),
            copy(2, 1, 0.8),
            prop(3, 1, 0.7),
            copy(4, 0, 0.85),
            prop(5, 2, 0.75),
        ];
        let credit = [afp.clone(), afp.clone(), afp.clone(), None, None, afp];
        let f = build(6, props, &credit, &[false; 6]);
        assert_eq!(f.virtuals.len(), 1, "one node for the one story");
        for a in [0, 1, 2] {
            assert_eq!(f.parent[a], Some(Node::Virtual(0)), "article {a}");
        }
        assert_eq!(f.relation[0], Relation::NearDuplicate);
        assert_eq!(f.relation[1], Relation::NearDuplicate);
        assert_eq!(f.confidence[2], Some(0.8));
        // A rewrite of one copy, and a copy that does not credit the outlet, stay under theirs;
        // a rewrite that credits the outlet took its text from the outlet.
        assert_eq!(f.parent[3], Some(Node::Article(1)));
        assert_eq!(f.parent[4], Some(Node::Article(0)));
        assert_eq!(f.parent[5], Some(Node::Virtual(0)));
        assert_eq!(
            (f.relation[5], f.confidence[5]),
            (Relation::Derivative, Some(0.75))
        );
        assert!(f.root.iter().all(|r| *r == Node::Virtual(0)));

        // When the story itself is in the input (0 links to an article of the outlet), its
        // copies link to it like any copies.
        let mut in_input = [false; 6];
        in_input[0] = true;
        let props = vec![copy(1, 0, 0.9), copy(2, 1, 0.8)];
        let f = build(6, props, &credit, &in_input);
        assert_eq!(f.parent[1], Some(Node::Article(0)));
    }

    #[test]
    fn a_rewrite_crediting_nothing_goes_under_the_story_it_holds_as_much_of_in_two_copies() {
        let bernama = Some(("bernama".to_string(), 0));
        let copy = |child, parent, confidence| Proposal {
            relation: Relation::NearDuplicate,
            ..prop(child, parent, confidence)
        };
        let rewrite = |child, parent, confidence, containment, coverage| Proposal {
            containment,
            coverage,
            ..prop(child, parent, confidence)
        };
        // 0 and 1 run an absent Bernama story and credit it (benches/syndication/asia: Astro
        // Awani and Sinar Harian); 2 rewrites it crediting nothing and is aligned as much with
        // each (Harian Metro); 3 is aligned more with 0, whose own paragraph it retold; 4 with
        // 0 alone.
        let props = vec![
            copy(1, 0, 0.9),
            Proposal {
                evidence: 7,
                ..rewrite(2, 0, 0.78, 0.157, 0.692)
            },
            rewrite(2, 1, 0.77, 0.157, 0.692),
            rewrite(3, 0, 0.7, 0.2, 0.8),
            rewrite(3, 1, 0.6, 0.2, 0.6),
            rewrite(4, 0, 0.7, 0.2, 0.8),
        ];
        let credit = [bernama.clone(), bernama, None, None, None];
        let f = build(5, props, &credit, &[false; 5]);
        assert_eq!(f.parent[0], Some(Node::Virtual(0)));
        assert_eq!(f.parent[1], Some(Node::Virtual(0)));
        assert_eq!(f.parent[2], Some(Node::Virtual(0)));
        assert_eq!(
            (f.relation[2], f.confidence[2], f.evidence[2], f.via[2]),
            (Relation::Derivative, Some(0.78), None, Some(7))
        );
        assert_eq!(f.parent[3], Some(Node::Article(0)));
        assert_eq!(f.parent[4], Some(Node::Article(0)));
        // A rewrite holding less of itself in the other copy's shingles took the first's.
        let props = vec![
            copy(1, 0, 0.9),
            rewrite(2, 0, 0.78, 0.157, 0.692),
            rewrite(2, 1, 0.77, 0.1, 0.692),
        ];
        let credit = [
            Some(("bernama".to_string(), 0)),
            Some(("bernama".to_string(), 0)),
            None,
        ];
        let f = build(3, props, &credit, &[false; 3]);
        assert_eq!(f.parent[2], Some(Node::Article(0)));
    }

    #[test]
    fn a_copy_crediting_nothing_of_a_marked_agency_copy_is_one_more_copy_of_the_story() {
        let kyodo = Some(("kyodo".to_string(), 0));
        let near = |child, parent, confidence, evidence| Proposal {
            relation: Relation::NearDuplicate,
            evidence,
            ..prop(child, parent, confidence)
        };
        // benches/syndication/asia: Tokyo Shimbun (0) runs a Kyodo story closed by "（共同）";
        // Kyoto Shimbun (1) runs it cut short, crediting nothing; 2 rewrites Kyoto Shimbun's
        // copy and credits Kyodo in its own words.
        let props = vec![
            near(1, 0, 0.81, 4),
            Proposal {
                evidence: 5,
                ..prop(2, 1, 0.7)
            },
        ];
        let credit = [kyodo.clone(), None, kyodo.clone()];
        let f = super::build(
            3,
            props.clone(),
            &credit,
            &[false; 3],
            &[true, false, false],
            0.0,
        );
        assert_eq!(f.virtuals.len(), 1);
        for a in 0..3 {
            assert_eq!(f.parent[a], Some(Node::Virtual(0)), "article {a}");
        }
        assert_eq!(
            (f.relation[0], f.confidence[0]),
            (Relation::NearDuplicate, Some(0.81))
        );
        assert_eq!(
            (f.relation[1], f.via[1]),
            (Relation::NearDuplicate, Some(4))
        );
        assert_eq!(
            (f.relation[2], f.evidence[2]),
            (Relation::Derivative, Some(0))
        );
        // A credit in running text ("Kyodo reported") is no mark: the copy may be the paper's.
        let f = build(3, props.clone(), &credit, &[false; 3]);
        assert_eq!(f.parent[1], Some(Node::Article(0)));
        assert_eq!(f.parent[0], Some(Node::Virtual(0)));
        // Nor when the agency's story is in the input.
        let f = super::build(3, props, &credit, &[true, false, false], &[true; 3], 0.0);
        assert_eq!(f.parent[1], Some(Node::Article(0)));

        // The copy crediting nothing ran first (Svenska Dagbladet before the papers running
        // TT's copy under its dateline): linked under it, the marked copy turned around joins
        // it to the story.
        let credit = [None, kyodo];
        let props = vec![
            near(1, 0, 0.9, 4),
            Proposal {
                turned: true,
                ..near(0, 1, 0.9, 6)
            },
        ];
        let f = super::build(2, props.clone(), &credit, &[false; 2], &[false, true], 0.0);
        assert_eq!(f.parent, vec![Some(Node::Virtual(0)); 2]);
        assert_eq!(f.via[0], Some(6));
        // A turned link never hangs its child under its parent.
        let f = super::build(2, props, &credit, &[false; 2], &[false; 2], 0.0);
        assert_eq!(f.parent[1], Some(Node::Article(0)));
        assert_eq!(f.parent[0], None);
    }

    #[test]
    fn a_copy_joining_a_group_in_the_first_placement_closes_no_cycle_in_the_second() {
        // Found by the forest property with 20,000 cases: 0, crediting nothing, joins the group
        // of 1 and 2 (Reuters' story), as it holds as much of itself in 2; placed again, 1 is
        // linked under 0 and 2 under 1 before the group forms, and 0, whose group then has no
        // node, was linked under 1: a cycle.
        let copy = |child, parent, rank, containment| Proposal {
            relation: Relation::ExactDuplicate,
            confidence: 0.5,
            rank,
            containment,
            ..prop(child, parent, 0.5)
        };
        let props = vec![
            copy(0, 1, 1.0, 0.5),
            copy(0, 2, 0.9, 0.75),
            copy(2, 1, 0.0, 0.0),
            copy(1, 0, 0.0, 0.0),
        ];
        let reuters = Some(("reuters".to_string(), 0));
        let f = build(
            3,
            props,
            &[None, reuters.clone(), reuters],
            &[true, false, false],
        );
        for a in 0..3 {
            let mut up = a;
            for _ in 0..3 {
                if let Some(Node::Article(p)) = f.parent[up] {
                    up = p as usize;
                }
            }
            assert!(
                !matches!(f.parent[up], Some(Node::Article(_))),
                "cycle through {a}"
            );
        }
    }

    #[test]
    fn a_rewrite_taken_beside_a_copy_crediting_nothing_names_a_copy_that_credits() {
        let pti = Some(("pti".to_string(), 0));
        let rewrite = |child, parent, confidence, evidence| Proposal {
            containment: 0.017,
            coverage: 0.17,
            evidence,
            ..prop(child, parent, confidence)
        };
        // benches/syndication/asia: ThePrint (0) and Business Standard (1) run a PTI story under
        // its dateline, NDTV (2) runs it without; 3 rewrites it crediting nothing, aligned
        // best with NDTV's copy and as much with Business Standard's.
        let props = vec![
            Proposal {
                relation: Relation::NearDuplicate,
                evidence: 10,
                ..prop(1, 0, 0.9)
            },
            held_copy(2, 0, 0.82, 0.93),
            held_copy(2, 1, 0.81, 0.93),
            rewrite(3, 2, 0.2807, 12),
            rewrite(3, 1, 0.2791, 13),
        ];
        let credit = [pti.clone(), pti, None, None];
        let f = build(4, props, &credit, &[false; 4]);
        assert_eq!(f.parent, vec![Some(Node::Virtual(0)); 4]);
        // Its evidence is its link with the copy that credits PTI, whose credit is shown.
        assert_eq!((f.evidence[3], f.via[3]), (None, Some(13)));
        assert_eq!(f.confidence[3], Some(0.2791));
    }

    /// A near-copy proposal holding `containment` of its child in its parent.
    fn held_copy(child: u32, parent: u32, confidence: f64, containment: f64) -> Proposal {
        Proposal {
            relation: Relation::NearDuplicate,
            containment,
            ..prop(child, parent, confidence)
        }
    }

    #[test]
    fn a_copy_crediting_nothing_joins_the_story_it_holds_as_much_of_in_two_copies() {
        let lusa = Some(("lusa".to_string(), 0));
        // 0 and 1 run an absent Lusa story and credit it; 2 credits nothing and holds as much of
        // itself in 1 as in 0, though it matches 0 better (0 is shorter): it ran the story.
        let props = vec![
            held_copy(1, 0, 0.9, 0.98),
            held_copy(2, 0, 0.87, 0.945),
            held_copy(2, 1, 0.81, 0.945),
        ];
        let credit = [lusa.clone(), lusa.clone(), None];
        let f = build(3, props.clone(), &credit, &[false; 3]);
        assert_eq!(f.virtuals.len(), 1);
        assert_eq!(f.parent, vec![Some(Node::Virtual(0)); 3]);
        assert_eq!(f.relation[2], Relation::NearDuplicate);
        assert_eq!((f.evidence[2], f.via[2]), (None, Some(0)));
        assert_eq!(f.confidence[2], Some(0.87));
        // Holding more of itself in 0 than in 1, it took 0's text: it stays under 0.
        let mut props = props;
        props[1].containment = 0.96;
        let f = build(3, props, &credit, &[false; 3]);
        assert_eq!(f.parent[2], Some(Node::Article(0)));
        assert_eq!(f.via[2], None);
    }

    #[test]
    fn a_copy_of_a_copy_goes_under_the_original_if_that_holds_as_much_of_it() {
        // 1 copies 0 (an agency's own story) cut short; 2 copies 1 closely (Jaccard 0.90) but
        // holds more of itself in 0 (0.94 against 0.91): nothing of 1's own.
        let props = vec![
            held_copy(1, 0, 0.82, 0.99),
            held_copy(2, 1, 0.92, 0.91),
            held_copy(2, 0, 0.81, 0.94),
        ];
        let f = build(3, props.clone(), &[None, None, None], &[false; 3]);
        assert_eq!(f.parent[2], Some(Node::Article(0)));
        // Holding more of itself in 1, it keeps 1's edits: it stays under 1.
        let mut props = props;
        props[2].containment = 0.9;
        let f = build(3, props, &[None, None, None], &[false; 3]);
        assert_eq!(f.parent[2], Some(Node::Article(1)));
    }

    #[test]
    fn copies_of_an_absent_story_and_an_earlier_text_crediting_it_share_its_node() {
        let ap = Some(("ap".to_string(), 0));
        let copy = |child, parent, confidence| Proposal {
            relation: Relation::NearDuplicate,
            ..prop(child, parent, confidence)
        };
        // 0 and 1 run an absent AP story whole; 2, earlier, ran its first paragraphs or
        // rewrote it, crediting AP in its own words; 3 credits AP too but is no kin of theirs.
        let props = vec![copy(1, 0, 0.9), prop(0, 2, 0.6), prop(1, 2, 0.55)];
        let credit = [ap.clone(), ap.clone(), ap.clone(), ap];
        let f = build(4, props.clone(), &credit, &[false; 4]);
        assert_eq!(f.virtuals.len(), 2, "{:?}", f.virtuals);
        for a in [0, 1, 2] {
            assert_eq!(f.parent[a], Some(Node::Virtual(0)), "article {a}");
        }
        assert_eq!(f.parent[3], Some(Node::Virtual(1)));
        assert_eq!(f.relation[0], Relation::NearDuplicate);
        // Copies that took their credit from 2's text copied 2, not AP's story: the node is
        // not theirs to share.
        let copied: Vec<Proposal> = props
            .into_iter()
            .map(|p| Proposal {
                credit_copied: p.relation == Relation::Derivative,
                ..p
            })
            .collect();
        let f = build(4, copied, &credit, &[false; 4]);
        assert_ne!(f.parent[0], f.parent[2]);
    }

    #[test]
    fn a_long_chain_has_one_root() {
        // Each version linked to the one before: 100,000 deep.
        let n = 100_000u32;
        let props: Vec<Proposal> = (1..n).map(|c| prop(c, c - 1, 0.9)).collect();
        let f = build(
            n as usize,
            props,
            &vec![None; n as usize],
            &vec![false; n as usize],
        );
        assert!(f.root.iter().all(|r| *r == Node::Article(0)));
        assert_eq!(f.parent[n as usize - 1], Some(Node::Article(n - 2)));
    }

    #[test]
    fn rewrites_that_each_credit_an_absent_wire_story_are_siblings_unless_one_copied_the_credit() {
        let reuters = Some(("reuters".to_string(), 0));
        // 0 and 1 are aggregators that rewrote one Reuters story, each crediting it in its own
        // words; 2 is a blog that copied 1's lead, "Reuters reported" included; 3 credits
        // nobody.
        let props = vec![
            prop(1, 0, 0.7),
            Proposal {
                credit_copied: true,
                ..prop(2, 1, 0.8)
            },
            prop(3, 0, 0.6),
        ];
        let credit = [reuters.clone(), reuters.clone(), reuters, None];
        let f = build(4, props, &credit, &[false; 4]);
        assert_eq!(f.virtuals.len(), 1);
        assert_eq!(f.parent[0], Some(Node::Virtual(0)));
        assert_eq!(
            f.parent[1],
            Some(Node::Virtual(0)),
            "a sibling, not a copy of 0"
        );
        assert_eq!(
            (f.relation[1], f.confidence[1]),
            (Relation::Derivative, Some(0.7))
        );
        assert_eq!(f.relation[0], Relation::Derivative);
        assert_eq!(
            f.parent[2],
            Some(Node::Article(1)),
            "took 1's lead and its credit"
        );
        assert_eq!(f.parent[3], Some(Node::Article(0)));
        // Two copies of the story that both keep its "(Reuters) -" dateline share their credit,
        // but each is nearly all inside the other: copies side by side, as near copies are.
        let props = vec![Proposal {
            credit_copied: true,
            mutual_copy: true,
            ..prop(1, 0, 0.7)
        }];
        let f = build(4, props, &credit, &[false; 4]);
        assert_eq!(f.parent[1], Some(Node::Virtual(0)));
        // Both ran the story nearly whole: near copies of it, where the rewrites above are
        // its derivatives.
        assert_eq!(f.relation[0], Relation::NearDuplicate);
        assert_eq!(f.relation[1], Relation::NearDuplicate);
        // A move frees a link refused for closing a cycle: 0 moves beside 1, and 1, which
        // took its credit from 0, then hangs under 0.
        let props = vec![
            prop(0, 1, 0.5),
            Proposal {
                credit_copied: true,
                ..prop(1, 0, 0.2)
            },
        ];
        let f = build(4, props, &credit, &[false; 4]);
        assert_eq!(f.parent[0], Some(Node::Virtual(0)));
        assert_eq!(f.parent[1], Some(Node::Article(0)));
        // With the story in the input, a rewrite hangs under what it shares text with.
        let f = build(
            4,
            vec![prop(1, 0, 0.7)],
            &credit,
            &[true, true, false, false],
        );
        assert_eq!(f.parent[1], Some(Node::Article(0)));
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        fn relation() -> impl Strategy<Value = Relation> {
            prop_oneof![
                Just(Relation::ExactDuplicate),
                Just(Relation::NearDuplicate),
                Just(Relation::Derivative),
            ]
        }

        /// Article count, proposed links, and what each article credits.
        type ForestInput = (usize, Vec<Proposal>, Vec<Option<(String, usize)>>);

        /// Up to 40 articles, any links between them (self-links, both directions, several
        /// parents per child, ties in rank), and some articles crediting one of three outlets.
        fn forest_input() -> impl Strategy<Value = ForestInput> {
            (1usize..40).prop_flat_map(|n| {
                let link = (0..n as u32, 0..n as u32, relation(), 0u8..=10, 0u8..=10).prop_map(
                    |(child, parent, relation, c, r)| Proposal {
                        child,
                        parent,
                        relation,
                        confidence: c as f64 / 10.0,
                        rank: r as f64 / 10.0,
                        evidence: 0,
                        credit_copied: r % 2 == 0,
                        mutual_copy: c % 3 == 0,
                        vocabulary_only: (c + r) % 4 == 1,
                        containment: ((c * 7 + r * 3) % 4) as f64 / 4.0,
                        coverage: ((c * 5 + r) % 4) as f64 / 4.0,
                        turned: (c + 2 * r) % 7 == 3,
                    },
                );
                let credit = proptest::option::weighted(
                    0.3,
                    (
                        proptest::sample::select(vec!["reuters", "ap", "afp"]),
                        0usize..3,
                    )
                        .prop_map(|(o, k)| (o.to_string(), k)),
                );
                (
                    Just(n),
                    proptest::collection::vec(link, 0..3 * n),
                    proptest::collection::vec(credit, n),
                )
            })
        }

        fn ancestors(f: &Forest, mut a: usize) -> Vec<usize> {
            let mut up = Vec::new();
            while let Some(Node::Article(p)) = f.parent[a] {
                a = p as usize;
                up.push(a);
                assert!(up.len() <= f.parent.len(), "cycle");
            }
            up
        }

        proptest! {
            // 300 cases missed a cycle the copy join could close; 20,000 found it, and take
            // half a second.
            #![proptest_config(ProptestConfig::with_cases(20_000))]

            #[test]
            fn forest_invariants((n, proposals, credit) in forest_input()) {
                let in_input: Vec<bool> = (0..n).map(|a| a % 5 == 0).collect();
                let marked: Vec<bool> = (0..n).map(|a| a % 3 == 1).collect();
                let f = crate::tree::build(n, proposals.clone(), &credit, &in_input, &marked, 0.0);
                prop_assert_eq!(f.parent.len(), n);
                prop_assert_eq!(f.root.len(), n);
                // No cycle, and the root recorded is the one reached by walking up.
                for a in 0..n {
                    let up = ancestors(&f, a);
                    let top = *up.last().unwrap_or(&a);
                    let expected = match f.parent[top] {
                        Some(Node::Virtual(v)) => Node::Virtual(v),
                        _ => Node::Article(top as u32),
                    };
                    prop_assert_eq!(f.root[a], expected);
                }
                // Each article exactly once in the forest: a root, or a child of one node.
                let (kids_a, kids_v) = f.children();
                let mut seen = vec![0u32; n];
                for c in kids_a.iter().chain(&kids_v).flatten() {
                    seen[*c as usize] += 1;
                }
                for (a, &k) in seen.iter().enumerate() {
                    prop_assert_eq!(k, f.parent[a].is_some() as u32, "article {}", a);
                }
                for a in 0..n {
                    match f.parent[a] {
                        // A link comes from a proposal, with its relation and confidence.
                        Some(Node::Article(p)) => {
                            let proposed = proposals.iter().any(|x| {
                                x.child as usize == a
                                    && x.parent == p
                                    && x.relation == f.relation[a]
                                    && Some(x.confidence) == f.confidence[a]
                            });
                            prop_assert!(proposed, "link {} -> {} was not proposed", a, p);
                        }
                        // A virtual parent is the outlet the article credits; a copy under it was
                        // proposed as a copy of another article crediting the same outlet, or
                        // as a derivative nearly all inside it both ways (a near copy).
                        // A copy or rewrite crediting nothing was proposed as one of an article
                        // crediting the outlet, or of another copy under its node.
                        Some(Node::Virtual(v)) if credit[a].is_none() => {
                            prop_assert!(f.via[a].is_some() && f.evidence[a].is_none());
                            let outlet = Some(&f.virtuals[v as usize].outlet);
                            let proposed = proposals.iter().any(|x| {
                                x.child as usize == a
                                    && (x.relation == f.relation[a]
                                        || x.mutual_copy && f.relation[a] == Relation::NearDuplicate)
                                    && Some(x.confidence) == f.confidence[a]
                                    && (credit[x.parent as usize].as_ref().map(|c| &c.0) == outlet
                                        || f.parent[x.parent as usize] == Some(Node::Virtual(v)))
                            });
                            prop_assert!(proposed, "copy {} under {} was not proposed", a, v);
                        }
                        Some(Node::Virtual(v)) => {
                            prop_assert_eq!(Some(&f.virtuals[v as usize].outlet), credit[a].as_ref().map(|c| &c.0));
                            if f.relation[a] != Relation::Derivative {
                                let proposed = proposals.iter().any(|x| {
                                    (x.child as usize == a || x.parent as usize == a)
                                        && ((x.relation == f.relation[a]
                                            && Some(x.confidence) == f.confidence[a])
                                            || (f.relation[a] == Relation::NearDuplicate
                                                && x.relation == Relation::Derivative
                                                && x.mutual_copy))
                                        && (credit[x.parent as usize].as_ref().map(|c| &c.0)
                                            == credit[x.child as usize].as_ref().map(|c| &c.0)
                                            // A copy crediting nothing of a marked copy.
                                            || [x.child, x.parent].iter().any(|&o| {
                                                o as usize != a
                                                    && credit[o as usize].is_none()
                                                    && f.parent[o as usize] == Some(Node::Virtual(v))
                                            }))
                                });
                                prop_assert!(proposed, "copy {} under {} was not proposed", a, v);
                            }
                        }
                        None => {
                            let has_children = !kids_a[a].is_empty();
                            let want = if has_children { Relation::Original } else { Relation::Unrelated };
                            prop_assert_eq!(f.relation[a], want);
                            prop_assert!(credit[a].is_none(), "a crediting root gets a virtual parent");
                        }
                    }
                }
                // Greedy is maximal: an article left without an article parent had no proposal
                // that could be taken without closing a cycle, unless it is placed under the
                // virtual node of an absent outlet's story.
                // A turned link only joins its parent's story (`Join::Marked`).
                for x in proposals.iter().filter(|x| !x.turned) {
                    let c = x.child as usize;
                    let outlet = |a: usize| credit[a].as_ref().map(|c| &c.0);
                    let is_wire_copy = |a: usize| {
                        matches!(f.parent[a], Some(Node::Virtual(_)))
                            && f.relation[a] != Relation::Derivative
                    };
                    // A copy of an absent outlet's story, or a rewrite of such a copy that
                    // credits the outlet, hangs under the outlet instead; so does a rewrite
                    // crediting it in its own words (or a copy of one text) under a text that
                    // credits it too, beside that text's tree.
                    let absent = |a: usize| !in_input[a] && outlet(a).is_some();
                    let wire_child = matches!(f.parent[c], Some(Node::Virtual(_)))
                        && proposals.iter().any(|y| {
                            let par = y.parent as usize;
                            // The parent may be a copy crediting nothing under the node.
                            let beside = outlet(par).is_none() && f.parent[par] == f.parent[c];
                            y.child as usize == c
                                && y.relation == Relation::Derivative
                                && (outlet(c) == outlet(par) && absent(par) || beside)
                                && absent(c)
                                && (is_wire_copy(par)
                                    || ((!y.credit_copied || y.mutual_copy)
                                        && f.parent[c] == Some(f.root[par])))
                        });
                    // A rewrite crediting nothing is under the node by a copy of the story.
                    let via_copy = outlet(c).is_none() && f.via[c].is_some();
                    let placed = is_wire_copy(c) || wire_child || via_copy;
                    // Vocabulary does not link to a rewrite of another input article, nor
                    // make one of an article others are linked to by vocabulary; a link refused
                    // so is not taken again by an article that went under its credited outlet.
                    let refused = x.by_vocabulary()
                        && (under_rewrite(&f, x.parent as usize)
                            || matches!(f.parent[c], Some(Node::Virtual(_)))
                            || proposals.iter().any(|y| {
                                y.by_vocabulary() && y.parent == x.child && y.taken(&f)
                            }));
                    if x.child != x.parent && !placed && !refused && !matches!(f.parent[c], Some(Node::Article(_))) {
                        prop_assert!(
                            ancestors(&f, x.parent as usize).contains(&c),
                            "{} could have hung under {}", c, x.parent
                        );
                    }
                }
                // No vocabulary link to a rewrite of another input article (a pair proposed
                // twice may hold by its other proposal).
                for x in &proposals {
                    let other = proposals.iter().any(|y| {
                        !y.by_vocabulary() && (y.child, y.parent) == (x.child, x.parent) && y.taken(&f)
                    });
                    if x.by_vocabulary() && x.taken(&f) && !other {
                        prop_assert!(
                            !under_rewrite(&f, x.parent as usize),
                            "{} under {} by vocabulary, a rewrite", x.child, x.parent
                        );
                    }
                }
                let ids: std::collections::HashSet<_> = f.virtuals.iter().map(|v| &v.id).collect();
                prop_assert_eq!(ids.len(), f.virtuals.len(), "virtual ids are unique");
            }
        }
    }
}
