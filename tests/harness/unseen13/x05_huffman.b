implement Huffman;

include "sys.m";
	sys: Sys;
include "draw.m";

Huffman: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Node: adt {
	weight:	int;
	sym:	int;	# -1 for internal nodes
	order:	int;	# tie breaker, keeps output deterministic
	left, right:	cyclic ref Node;
	isleaf:	fn(n: self ref Node): int;
};

Heap: adt {
	a:	array of ref Node;
	n:	int;
	less:	fn(h: self ref Heap, i, j: int): int;
	push:	fn(h: self ref Heap, x: ref Node);
	pop:	fn(h: self ref Heap): ref Node;
};

Codebook: adt {
	codes:	array of string;
	build:	fn(root: ref Node): ref Codebook;
	walk:	fn(cb: self ref Codebook, n: ref Node, prefix: string);
};

Node.isleaf(n: self ref Node): int
{
	return n.left == nil && n.right == nil;
}

Heap.less(h: self ref Heap, i, j: int): int
{
	a := h.a[i];
	b := h.a[j];
	if(a.weight != b.weight) return a.weight < b.weight;
	return a.order < b.order;
}

Heap.push(h: self ref Heap, x: ref Node)
{
	i := h.n++;
	h.a[i] = x;
	while(i > 0){
		p := (i-1)/2;
		if(!h.less(i, p)) break;
		(h.a[i], h.a[p]) = (h.a[p], h.a[i]);
		i = p;
	}
}

Heap.pop(h: self ref Heap): ref Node
{
	top := h.a[0];
	h.a[0] = h.a[--h.n];
	i := 0;
	for(;;){
		m := i;
		l := 2*i+1;
		r := l+1;
		if(l < h.n && h.less(l, m))
			m = l;
		if(r < h.n && h.less(r, m))
			m = r;
		if(m == i) break;
		(h.a[i], h.a[m]) = (h.a[m], h.a[i]);
		i = m;
	}
	return top;
}

Codebook.build(root: ref Node): ref Codebook
{
	cb := ref Codebook(array[256] of string);
	if(root.isleaf())
		cb.codes[root.sym] = "0";
	else
		cb.walk(root, "");
	return cb;
}

Codebook.walk(cb: self ref Codebook, n: ref Node, prefix: string)
{
	if(n.isleaf()){
		cb.codes[n.sym] = prefix;
		return;
	}
	cb.walk(n.left, prefix + "0");
	cb.walk(n.right, prefix + "1");
}

buildtree(text: string): ref Node
{
	freq := array[256] of {* => 0};
	for(i := 0; i < len text; i++)
		freq[text[i] & 16rFF]++;
	h := ref Heap(array[512] of ref Node, 0);
	order := 0;
	for(c := 0; c < 256; c++)
		if(freq[c] > 0)
			h.push(ref Node(freq[c], c, order++, nil, nil));
	while(h.n > 1){
		a := h.pop();
		b := h.pop();
		h.push(ref Node(a.weight + b.weight, -1, order++, a, b));
	}
	return h.pop();
}

encode(cb: ref Codebook, text: string): array of byte
{
	bits := array[len text * 16] of byte;
	nb := 0;
	for(i := 0; i < len text; i++){
		code := cb.codes[text[i] & 16rFF];
		for(j := 0; j < len code; j++)
			bits[nb++] = byte (code[j] - '0');
	}
	return bits[0:nb];
}

decode(root: ref Node, bits: array of byte): string
{
	s := "";
	n := root;
	for(i := 0; i < len bits; i++){
		if(bits[i] == byte 0)
			n = n.left;
		else
			n = n.right;
		if(n.isleaf()){
			s[len s] = n.sym;
			n = root;
		}
	}
	return s;
}

pack(bits: array of byte): array of byte
{
	out := array[(len bits + 7)/8] of {* => byte 0};
	for(i := 0; i < len bits; i++)
		if(bits[i] != byte 0)
			out[i/8] |= byte (16r80 >> (i%8));
	return out;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	texts := array[] of {
		"abracadabra alakazam",
		"it was the best of times, it was the worst of times",
		"zzzzzzzz",
	};
	for(t := 0; t < len texts; t++){
		text := texts[t];
		root := buildtree(text);
		cb := Codebook.build(root);
		sys->print("text: \"%s\"\n", text);
		for(c := 0; c < 256; c++)
			if(cb.codes[c] != nil)
				sys->print("  '%c' %s\n", c, cb.codes[c]);
		bits := encode(cb, text);
		packed := pack(bits);
		sys->print("  %d bits, %d bytes (was %d):", len bits, len packed, len text);
		for(i := 0; i < len packed && i < 8; i++)
			sys->print(" %.2ux", int packed[i]);
		back := decode(root, bits);
		if(back == text)
			sys->print("\n  round trip ok\n");
		else
			sys->fprint(sys->fildes(2), "\n  MISMATCH: %s\n", back);
	}
}
