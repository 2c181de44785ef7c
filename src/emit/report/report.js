// wiretrace report: draws the embedded run lazily. Only the tree and the edge being looked at
// are turned into DOM nodes, so the page stays quick on runs of many thousand articles.
// All article data reach the page through textContent, never through innerHTML.
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('data').textContent);
  var A = D.a, N = A.id.length, V = D.v, REL = D.relations, T = D.texts;
  // Texts are stored once per distinct text; A.text holds an index into them, or null.
  function textOf(r) { var k = r >= 0 ? A.text[r] : null; return k === null || k === undefined ? null : T[k]; }
  var NODE_W = 184, NODE_H = 74, GAP_X = 18, GAP_Y = 46;
  var MAX_KIDS = 24, PAGE = 100;

  // Node references: an article index i >= 0, or -1 - k for virtual node k.
  var kidsA = [], kidsV = [];
  var i, p;
  for (i = 0; i < N; i++) {
    p = A.par[i];
    if (p === null) continue;
    var list = p >= 0 ? (kidsA[p] || (kidsA[p] = [])) : (kidsV[-1 - p] || (kidsV[-1 - p] = []));
    list.push(i);
  }
  function kids(r) { return (r >= 0 ? kidsA[r] : kidsV[-1 - r]) || []; }
  function parentOf(r) { return r >= 0 ? A.par[r] : null; }

  // Root of every article (iterative, memoised) and article count per root.
  var rootOf = new Array(N), size = new Map();
  for (i = 0; i < N; i++) {
    var path = [], r = i;
    while (rootOf[r] === undefined) {
      path.push(r);
      var up = A.par[r];
      if (up === null) { rootOf[r] = r; break; }
      if (up < 0) { rootOf[r] = up; break; }
      r = up;
    }
    var root = rootOf[r];
    for (var j = 0; j < path.length; j++) rootOf[path[j]] = root;
    size.set(root, (size.get(root) || 0) + 1);
  }
  function treeSize(r) { return size.get(r) || 0; }

  var order = new Map();
  D.roots.forEach(function (r, k) { order.set(r, k); });
  var trees = D.roots.filter(function (r) { return r < 0 || treeSize(r) > 1; });
  trees.sort(function (a, b) { return treeSize(b) - treeSize(a) || order.get(a) - order.get(b); });

  var byId = new Map();
  for (i = 0; i < N; i++) byId.set(A.id[i], i);
  V.forEach(function (v, k) { byId.set(v.id, -1 - k); });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  // Clickable boxes are reachable by keyboard too: Tab to them, Enter or Space to open.
  function clickable(e, fn) {
    e.tabIndex = 0;
    e.setAttribute('role', 'button');
    e.addEventListener('click', fn);
    e.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); fn(); }
    });
  }
  function host(url) {
    var m = /^[a-z]+:\/\/(?:[^@\/?#]*@)?(?:www\.)?([^:\/?#]+)/i.exec(url || '');
    return m ? m[1] : null;
  }
  function outlet(r) {
    if (r < 0) return V[-1 - r].outlet;
    return A.src[r] || host(A.url[r]) || A.id[r];
  }
  function idOf(r) { return r < 0 ? V[-1 - r].id : A.id[r]; }
  function relName(r) { return r < 0 ? 'original' : REL[A.rel[r]]; }
  function relLabel(name) { return name.replace('_', ' '); }
  // 2023-09-22T08:15:00Z -> 2023-09-22 08:15 UTC; dates stay as they are.
  function when(iso) {
    if (!iso) return 'date unknown';
    var m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(:\d\d)?Z$/.exec(iso);
    return m ? m[1] + ' ' + m[2] + (m[3] && m[3] !== ':00' ? m[3] : '') + ' UTC' : iso;
  }
  function fmt(x, d) { return x === null || x === undefined ? '\u2014' : Number(x).toFixed(d === undefined ? 2 : d); }
  function pct(x) { return x === null || x === undefined ? '\u2014' : Math.round(x * 100) + '%'; }
  function hours(h) {
    if (h === null || h === undefined) return 'unknown';
    var sign = h < 0 ? '\u2212' : '+', a = Math.abs(h);
    if (a < 1) return sign + Math.round(a * 60) + ' min';
    if (a < 48) return sign + (Math.round(a * 10) / 10) + ' h';
    return sign + (Math.round(a / 24 * 10) / 10) + ' days';
  }

  // ---- summary -------------------------------------------------------------------------
  function card(n, label, title) {
    var c = el('div', 'card');
    c.appendChild(el('div', 'n', n));
    c.appendChild(el('div', 'l', label));
    if (title) c.title = title;
    return c;
  }
  function renderSummary() {
    var s = D.summary || {}, box = document.getElementById('summary');
    var skipped = s.skipped || {};
    var reasons = Object.keys(skipped).map(function (k) { return k + ': ' + skipped[k]; }).join(', ');
    box.appendChild(card(s.articles_read, 'articles read', (s.input_files || 0) + ' input files'));
    box.appendChild(card(s.trees, 'trees', 'trees with more than one article, or with a virtual source'));
    box.appendChild(card(s.singletons, 'stand alone'));
    if (s.largest_tree) box.appendChild(card(s.largest_tree.articles, 'largest tree', s.largest_tree.root));
    box.appendChild(card(s.virtual_nodes, 'virtual sources', 'credited outlets absent from the input'));
    box.appendChild(card(s.skipped_total, 'records skipped', reasons || 'none'));
    if (D.omitted_articles > 0) box.appendChild(card(D.omitted_articles, 'articles not shown',
      'the page shows at most ' + A.id.length + ' articles: whole trees, largest first; all articles are in articles.jsonl and provenance.json'));
    if (D.omitted_texts > 0) box.appendChild(card(D.omitted_texts, 'texts not embedded',
      'the page holds at most ' + Math.round(D.text_budget / 1048576) + ' MiB of article text; later articles (in input order) are shown without theirs'));
    var rel = s.relations || {}, total = 0;
    REL.forEach(function (r) { total += rel[r] || 0; });
    var wide = el('div', 'card wide');
    wide.appendChild(el('div', 'l', 'relations'));
    var bar = el('div', 'bar'), legend = el('div', 'legend');
    REL.forEach(function (r) {
      var n = rel[r] || 0;
      if (total > 0 && n > 0) {
        var seg = el('span', 'bg-' + r);
        seg.style.width = (100 * n / total) + '%';
        seg.title = relLabel(r) + ': ' + n;
        bar.appendChild(seg);
      }
      var item = el('span');
      item.appendChild(el('i', 'bg-' + r));
      item.appendChild(document.createTextNode(relLabel(r) + ' ' + n));
      legend.appendChild(item);
    });
    wide.appendChild(bar);
    wide.appendChild(legend);
    if (s.parameters) {
      var det = el('details', 'params');
      det.appendChild(el('summary', null, 'parameters'));
      det.appendChild(el('code', null, JSON.stringify(s.parameters)));
      wide.appendChild(det);
    }
    box.appendChild(wide);
  }

  // ---- side list: trees or search results ----------------------------------------------
  var listItems = [], shown = 0, listSel = null;
  function listEntry(r, mode) {
    var li = el('li');
    li.dataset.ref = r;
    if (mode === 'tree') {
      li.appendChild(el('div', 't', outlet(r) + ' \u00b7 ' + treeSize(r) + (treeSize(r) === 1 ? ' article' : ' articles')));
      var t = r >= 0 ? A.title[r] : null;
      if (!t) { var k = kids(r); t = k.length ? (A.title[k[0]] || A.id[k[0]]) : idOf(r); }
      li.appendChild(el('div', 'm', (r >= 0 && A.pub[r] ? A.pub[r].slice(0, 10) + ' \u00b7 ' : '') + t));
      li.title = idOf(r);
    } else {
      li.appendChild(el('div', 't', idOf(r)));
      li.appendChild(el('div', 'm', outlet(r) + (r >= 0 && A.pub[r] ? ' \u00b7 ' + A.pub[r].slice(0, 10) : '') + ' \u00b7 ' + relLabel(relName(r))));
    }
    clickable(li, function () {
      if (mode === 'tree') openTree(r, null); else select(r);
    });
    return li;
  }
  var listMode = 'tree';
  function showList(items, mode, title) {
    listItems = items; listMode = mode; shown = 0;
    document.getElementById('side-title').textContent = title;
    var ol = document.getElementById('list');
    ol.textContent = '';
    if (!items.length) {
      var trees = (D.summary || {}).trees || 0;
      ol.appendChild(el('li', 'm', mode !== 'tree' ? 'No article matches.'
        : trees > 0 ? 'The run found ' + trees + ' trees; this page shows none of them (--report-articles). All are in provenance.json.'
        : 'No copies or derivatives found: every article stands alone. Search to see one.'));
    }
    more();
  }
  function more() {
    var ol = document.getElementById('list');
    var end = Math.min(listItems.length, shown + PAGE);
    for (; shown < end; shown++) ol.appendChild(listEntry(listItems[shown], listMode));
    var b = document.getElementById('more');
    b.hidden = shown >= listItems.length;
    b.textContent = 'Show more (' + (listItems.length - shown) + ' left)';
    markList();
  }
  function markList() {
    var lis = document.getElementById('list').children;
    for (var k = 0; k < lis.length; k++) {
      var r = Number(lis[k].dataset.ref);
      lis[k].classList.toggle('sel', listMode === 'tree' ? r === currentRoot : r === selected);
    }
  }
  function search(q) {
    q = q.trim().toLowerCase();
    if (!q) { showList(trees, 'tree', 'Trees (' + trees.length + ')'); return; }
    var hits = [];
    V.forEach(function (v, k) {
      if (v.id.toLowerCase().indexOf(q) >= 0 || v.outlet.toLowerCase().indexOf(q) >= 0) hits.push(-1 - k);
    });
    for (var a = 0; a < N; a++) {
      if (A.id[a].toLowerCase().indexOf(q) >= 0 || (A.src[a] || '').toLowerCase().indexOf(q) >= 0 ||
          (host(A.url[a]) || '').toLowerCase().indexOf(q) >= 0) hits.push(a);
    }
    showList(hits, 'search', hits.length + (hits.length === 1 ? ' match' : ' matches'));
  }

  // ---- tree ----------------------------------------------------------------------------
  var currentRoot = null, selected = null, expanded = new Set();
  function openTree(root, sel) {
    currentRoot = root;
    selected = sel;
    drawTree();
    if (sel !== null) renderEdge(sel); else document.getElementById('edge-panel').textContent = '';
    setHash(sel !== null ? 'edge=' + idOf(sel) : 'tree=' + idOf(root));
    markList();
  }
  function select(r) {
    var root = r >= 0 ? rootOf[r] : r;
    // Make sure the node is visible even if it sits beyond a folded "+N more".
    for (var x = r; x !== null && x >= 0; x = parentOf(x)) {
      var up = parentOf(x);
      if (up !== null) expanded.add(up);
    }
    openTree(root, r);
  }
  function drawTree() {
    var panel = document.getElementById('tree-panel');
    panel.textContent = '';
    var root = currentRoot;
    var head = el('div', 'panel-head');
    head.appendChild(el('h2', null, 'Tree of ' + outlet(root)));
    head.appendChild(el('span', 'm', treeSize(root) + (treeSize(root) === 1 ? ' article' : ' articles') +
      ' \u00b7 root ' + idOf(root) + ' \u00b7 click a node to compare it with its parent'));
    panel.appendChild(head);

    // Visible nodes in pre-order: children past MAX_KIDS fold into one "+N more" node until
    // expanded. An explicit stack, so a chain of thousands of copies cannot overflow it.
    var nodes = [], stack = [{ r: root, parent: -1 }];
    while (stack.length) {
      var it = stack.pop();
      var idx = nodes.length;
      nodes.push({ r: it.r, parent: it.parent, kids: [], more: it.more || 0 });
      if (it.parent >= 0) nodes[it.parent].kids.push(idx);
      if (it.more) continue;
      var k = kids(it.r);
      var limit = expanded.has(it.r) ? k.length : Math.min(k.length, MAX_KIDS);
      var push = [];
      for (var c = 0; c < limit; c++) push.push({ r: k[c], parent: idx });
      if (limit < k.length) push.push({ r: it.r, parent: idx, more: k.length - limit });
      for (c = push.length - 1; c >= 0; c--) stack.push(push[c]);
    }

    // Layout in slots (node columns) and pixels. Children with children of their own stand
    // side by side under their parent; more than GRID_MIN childless children share one boxed
    // grid as wide as the panel allows, so a story copied forty times stays a compact picture.
    var GRID_MIN = 3, INNER = 12, PAD = 10;
    var SLOT = NODE_W + GAP_X, ROW = NODE_H + GAP_Y;
    // Slots that fit the panel: a grid takes what its siblings leave (2 to 6 columns).
    var avail = Math.max(2, Math.floor((panel.clientWidth - 32 - 2 * PAD + GAP_X) / SLOT));
    var q, nd, j;
    for (q = nodes.length - 1; q >= 0; q--) {
      nd = nodes[q];
      var leaves = nd.kids.filter(function (x) { return !nodes[x].kids.length; });
      nd.grid = leaves.length > GRID_MIN ? leaves : [];
      nd.others = nd.kids.filter(function (x) { return nd.grid.indexOf(x) < 0; });
      var w = 0, h = NODE_H;
      nd.others.forEach(function (x) { w += nodes[x].w; h = Math.max(h, ROW + nodes[x].h); });
      if (nd.grid.length) {
        nd.cols = Math.max(2, Math.min(6, avail - w));
        nd.gridW = Math.min(nd.grid.length, nd.cols);
        nd.gridRows = Math.ceil(nd.grid.length / nd.cols);
        w += nd.gridW;
        h = Math.max(h, ROW + PAD + nd.gridRows * (NODE_H + INNER) - INNER + PAD);
      }
      nd.w = Math.max(1, w);
      nd.h = h;
    }
    nodes[0].s = 0;
    nodes[0].y = PAD;
    for (q = 0; q < nodes.length; q++) {
      nd = nodes[q];
      var cursor = nd.s;
      nd.others.forEach(function (x) {
        nodes[x].s = cursor;
        nodes[x].y = nd.y + ROW;
        cursor += nodes[x].w;
      });
      if (nd.grid.length) {
        nd.gridS = cursor;
        for (j = 0; j < nd.grid.length; j++) {
          var g = nodes[nd.grid[j]];
          g.s = cursor + (j % nd.cols);
          g.y = nd.y + ROW + PAD + Math.floor(j / nd.cols) * (NODE_H + INNER);
          g.inGrid = true;
        }
      }
      nd.x = PAD + nd.s * SLOT + (nd.w * SLOT - GAP_X - NODE_W) / 2;
    }
    var width = 2 * PAD + nodes[0].w * SLOT - GAP_X;
    var height = 2 * PAD + nodes[0].h;
    var scroll = el('div', 'tree-scroll');
    var canvas = el('div', 'tree');
    canvas.style.width = width + 'px';
    canvas.style.height = height + 'px';
    var NS = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('width', width);
    svg.setAttribute('height', height);
    canvas.appendChild(svg);
    function curve(x1, y1, x2, y2, color) {
      var my = (y1 + y2) / 2;
      var path = document.createElementNS(NS, 'path');
      path.setAttribute('d', 'M' + x1 + ',' + y1 + ' C' + x1 + ',' + my + ' ' + x2 + ',' + my + ' ' + x2 + ',' + y2);
      path.style.stroke = color;
      svg.appendChild(path);
    }
    var selEl = null;
    nodes.forEach(function (nd) {
      var cx = nd.x + NODE_W / 2, bottom = nd.y + NODE_H;
      nd.others.forEach(function (x) {
        var c = nodes[x];
        curve(cx, bottom, c.x + NODE_W / 2, c.y, c.more ? 'var(--line)' : 'var(--' + relName(c.r) + ')');
      });
      if (nd.grid.length) {
        var gx = PAD + nd.gridS * SLOT - PAD / 2, gw = nd.gridW * SLOT - GAP_X + PAD;
        var gy = nd.y + ROW, gh = nd.gridRows * (NODE_H + INNER) - INNER + 2 * PAD - PAD / 2;
        var rect = document.createElementNS(NS, 'rect');
        rect.setAttribute('x', gx);
        rect.setAttribute('y', gy);
        rect.setAttribute('width', gw);
        rect.setAttribute('height', gh);
        rect.setAttribute('rx', 10);
        rect.setAttribute('class', 'group');
        svg.appendChild(rect);
        curve(cx, bottom, gx + gw / 2, gy, 'var(--muted)');
      }
    });
    nodes.forEach(function (nd) {
      var box = el('div', 'node');
      box.style.left = nd.x + 'px';
      box.style.top = nd.y + 'px';
      box.style.height = NODE_H + 'px';
      if (nd.more) {
        box.className = 'node more';
        box.textContent = '+' + nd.more + ' more';
        box.title = 'Show all children';
        clickable(box, function () { expanded.add(nd.r); drawTree(); });
        canvas.appendChild(box);
        return;
      }
      var r = nd.r, rel = relName(r);
      box.dataset.id = idOf(r);
      box.classList.add(r < 0 ? 'virtual' : 'rel-' + rel);
      if (r < 0) box.classList.add('rel-original');
      box.appendChild(el('div', 'o', outlet(r)));
      box.appendChild(el('div', 'd', r < 0 ? 'not in the input' : when(A.pub[r])));
      box.appendChild(el('span', 'r ' + (r < 0 ? 'bg-virtual' : 'bg-' + rel), r < 0 ? 'virtual source' : relLabel(rel)));
      box.title = idOf(r) + (r >= 0 && A.title[r] ? '\n' + A.title[r] : '');
      if (r === selected) { box.classList.add('sel'); selEl = box; }
      if (nd.parent < 0 && selEl === null && selected === null) selEl = box;
      clickable(box, function () { select(r); });
      canvas.appendChild(box);
    });
    scroll.appendChild(canvas);
    panel.appendChild(scroll);
    if (selEl) {
      scroll.scrollLeft = Math.max(0, selEl.offsetLeft - scroll.clientWidth / 2 + NODE_W / 2);
      scroll.scrollTop = Math.max(0, selEl.offsetTop - scroll.clientHeight / 2 + NODE_H / 2);
    }
  }

  // ---- side by side --------------------------------------------------------------------
  // Splits text at every passage and attribution boundary; each piece is plain text, a <mark>
  // (data-k pairs it with the same passage in the other text) and/or the attribution span.
  function renderText(body, text, marks, attr) {
    var cuts = [0, text.length];
    marks.forEach(function (m) { cuts.push(m.s, m.e); });
    if (attr) cuts.push(attr[0], attr[1]);
    cuts = cuts.map(function (c) { return Math.max(0, Math.min(text.length, c)); });
    cuts.sort(function (a, b) { return a - b; });
    var frag = document.createDocumentFragment();
    for (var c = 0; c + 1 < cuts.length; c++) {
      var a = cuts[c], b = cuts[c + 1];
      if (a === b) continue;
      var piece = document.createTextNode(text.slice(a, b)), node = piece;
      if (attr && attr[0] <= a && b <= attr[1]) {
        var sp = el('span', 'attr-span');
        sp.title = 'attribution';
        sp.appendChild(node);
        node = sp;
      }
      // The innermost passage over this piece marks it: a verbatim run inside a reworded
      // sentence, or passages that overlap where a text repeats itself, each keep a piece of
      // their own to highlight and scroll to.
      var m = null;
      for (var k = 0; k < marks.length; k++) {
        var x = marks[k];
        if (x.s <= a && b <= x.e && (m === null || x.e - x.s < m.e - m.s)) m = x;
      }
      if (m !== null) {
        var mk = el('mark', m.rw ? 'rw' : null);
        mk.dataset.k = m.k;
        mk.title = m.rw ? 'reworded sentence' : 'shared passage';
        mk.appendChild(node);
        node = mk;
      }
      frag.appendChild(node);
    }
    body.appendChild(frag);
  }
  function docView(r, text, marks, attr, absent) {
    var d = el('div', 'doc');
    var h = el('div', 'doc-head');
    var top = el('div');
    top.appendChild(el('span', 'o', outlet(r) + ' '));
    top.appendChild(el('span', 'tag ' + (r < 0 ? 'bg-virtual' : 'bg-' + relName(r)), r < 0 ? 'virtual source' : relLabel(relName(r))));
    h.appendChild(top);
    if (r >= 0 && A.title[r]) h.appendChild(el('div', 'ti', A.title[r]));
    var meta = idOf(r) + (r >= 0 ? ' \u00b7 ' + when(A.pub[r]) : '');
    h.appendChild(el('div', 'm', meta));
    if (r >= 0 && A.url[r]) h.appendChild(el('div', 'm', A.url[r]));
    d.appendChild(h);
    var body = el('div', 'doc-body');
    if (text === null || text === undefined) {
      body.classList.add('absent');
      body.textContent = absent;
    } else {
      renderText(body, text, marks, attr);
    }
    d.appendChild(body);
    return d;
  }
  function fact(label, value) {
    var f = el('div');
    f.appendChild(el('span', null, label + ' '));
    f.appendChild(el('b', null, value));
    return f;
  }
  function renderEdge(r) {
    var panel = document.getElementById('edge-panel');
    panel.textContent = '';
    var p = parentOf(r);
    var head = el('div', 'panel-head');
    if (p === null) {
      head.appendChild(el('h2', null, outlet(r) + (r < 0 ? ' (virtual source)' : '')));
      var nk = kids(r).length;
      head.appendChild(el('span', 'm', 'root of the tree' + (nk ? ' \u00b7 ' + nk + ' direct ' + (nk === 1 ? 'child' : 'children') : '') +
        ' \u00b7 click a child to see what it shares with its parent'));
      panel.appendChild(head);
      if (r >= 0) {
        panel.appendChild(docView(r, textOf(r), [], null,
          'Text not embedded: this article is not at either end of an edge.'));
      } else {
        panel.appendChild(el('p', 'hint', V[-1 - r].id + ' stands for ' + V[-1 - r].outlet +
          ', which articles credit but which is not in the input.'));
      }
      return;
    }
    var e = D.edge[r] || {};
    var rel = relName(r);
    var h2 = el('h2');
    h2.appendChild(document.createTextNode(outlet(p) + ' \u2192 ' + outlet(r) + ' '));
    h2.appendChild(el('span', 'tag bg-' + rel, relLabel(rel)));
    head.appendChild(h2);
    head.appendChild(el('span', 'm', idOf(p) + ' \u2192 ' + idOf(r)));
    panel.appendChild(head);
    var facts = el('div', 'facts');
    facts.appendChild(fact('decided by', String(e.by || '\u2014').replace(/_/g, ' ')));
    facts.appendChild(fact('confidence', fmt(e.conf)));
    // A copy that credits nothing, under the node by the copy it repeats: that copy stands in
    // the absent source's place, and the measures are the child's with it.
    var via = (p < 0 && typeof e.via === 'number') ? e.via : null;
    if (via !== null) facts.appendChild(fact('copy of', idOf(via)));
    if (p >= 0 || via !== null) {
      facts.appendChild(fact('similarity', fmt(e.sim)));
      facts.appendChild(fact('child in parent', pct(e.cc)));
      facts.appendChild(fact('parent in child', pct(e.cp)));
      facts.appendChild(fact('shared characters', e.sc === undefined ? '\u2014' : e.sc));
      facts.appendChild(fact('time after parent', hours(e.dt)));
    }
    panel.appendChild(facts);
    var att = e.att;
    if (att) {
      var box = el('div', 'attribution');
      box.appendChild(el('div', 'l', 'attribution in the child (credits ' + att.o + ')'));
      box.appendChild(el('div', null, '\u201c' + att.e + '\u201d'));
      panel.appendChild(box);
    }
    var keys = el('div', 'keys');
    keys.appendChild(el('mark', null, 'shared passage'));
    keys.appendChild(document.createTextNode(' '));
    keys.appendChild(el('mark', 'rw', 'reworded sentence'));
    keys.appendChild(document.createTextNode(' '));
    keys.appendChild(el('span', 'attr-span', 'attribution'));
    keys.appendChild(document.createTextNode(' \u00b7 hover a passage to see it in both texts, click to scroll the other one to it'));
    panel.appendChild(keys);
    var cm = [], pm = [];
    (e.ps || []).forEach(function (x, k) {
      cm.push({ s: x[0], e: x[1], k: k, rw: x[4] === 1 });
      pm.push({ s: x[2], e: x[3], k: k, rw: x[4] === 1 });
    });
    var sbs = el('div', 'sbs');
    var absent = p < 0
      ? idOf(p) + ' is not in the input: it stands for ' + outlet(p) + ', which the child credits.'
      : 'Text not embedded.';
    if (via !== null) {
      if (e.vatt) {
        var vbox = el('div', 'attribution');
        vbox.appendChild(el('div', 'l', 'attribution in ' + idOf(via) + ' (credits ' + e.vatt.o + ')'));
        vbox.appendChild(el('div', null, '\u201c' + e.vatt.e + '\u201d'));
        panel.insertBefore(vbox, keys);
      }
      sbs.appendChild(docView(via, textOf(via), pm, e.vatt && e.vatt.s ? e.vatt.s : null, 'Text not embedded.'));
    } else {
      sbs.appendChild(docView(p, p >= 0 ? textOf(p) : null, pm, null, absent));
    }
    sbs.appendChild(docView(r, textOf(r), cm, att && att.s ? att.s : null, 'Text not embedded.'));
    panel.appendChild(sbs);
    wireMarks(sbs);
  }
  function wireMarks(sbs) {
    function all(k) { return sbs.querySelectorAll('mark[data-k="' + k + '"]'); }
    sbs.addEventListener('mouseover', function (ev) {
      var m = ev.target.closest('mark[data-k]');
      if (!m) return;
      all(m.dataset.k).forEach(function (x) { x.classList.add('hot'); });
    });
    sbs.addEventListener('mouseout', function (ev) {
      var m = ev.target.closest('mark[data-k]');
      if (!m) return;
      all(m.dataset.k).forEach(function (x) { x.classList.remove('hot'); });
    });
    sbs.addEventListener('click', function (ev) {
      var m = ev.target.closest('mark[data-k]');
      if (!m) return;
      var mine = m.closest('.doc-body');
      all(m.dataset.k).forEach(function (x) {
        var body = x.closest('.doc-body');
        if (body !== mine) body.scrollTop = Math.max(0, x.offsetTop - body.offsetTop - 40);
      });
    });
  }

  // ---- routing -------------------------------------------------------------------------
  var hashLock = false;
  function setHash(h) {
    hashLock = true;
    if (window.history && history.replaceState) history.replaceState(null, '', '#' + encodeURIComponent(h).replace(/%3D/, '='));
    else location.hash = h;
    hashLock = false;
  }
  function route() {
    var h = location.hash.replace(/^#/, '');
    // A hand-edited or cut link can hold a broken escape; it then names nothing, and the
    // page still draws its first tree.
    try { h = decodeURIComponent(h); } catch (e) { return false; }
    // [\s\S], not `.`: an id may hold a line break (U+2028 included).
    var m = /^(edge|tree|q)=([\s\S]*)$/.exec(h);
    if (m && m[1] === 'q') {
      document.getElementById('q').value = m[2];
      search(m[2]);
      // The first tree is drawn beside the hits, and the link keeps naming the search.
      if (trees.length) openTree(trees[0], null);
      setHash('q=' + m[2]);
      return true;
    }
    if (m && byId.has(m[2])) {
      var r = byId.get(m[2]);
      if (m[1] === 'edge') select(r); else openTree(r >= 0 ? rootOf[r] : r, null);
      return true;
    }
    return false;
  }
  window.addEventListener('hashchange', function () { if (!hashLock) route(); });

  renderSummary();
  var q = document.getElementById('q'), timer = null;
  q.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(q.value); }, 120);
  });
  document.getElementById('more').addEventListener('click', more);
  showList(trees, 'tree', 'Trees (' + trees.length + ')');
  if (!route() && trees.length) openTree(trees[0], null);
  document.body.dataset.ready = '1';
  // Time from navigation start to the first tree drawn, for measuring large reports.
  if (window.performance && performance.now) document.body.dataset.readyMs = String(Math.round(performance.now()));
})();
