implement Huffman;

include "sys.m";
	sys: Sys;
include "draw.m";

Huffman: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Node: adt {
	w:	int;
	sym:	int;	# -1 for internal
	order:	int;
	l, r:	cyclic ref Node;
};

# simple binary min-heap over ref Node, tie broken by order
Heap: adt {
	a:	array of ref Node;
	n:	int;

	less:	fn(h: self ref Heap, i, j: int): int;
	push:	fn(h: self ref Heap, x: ref Node);
	pop:	fn(h: self ref Heap): ref Node;
};

Heap.less(h: self ref Heap, i, j: int): int
{
	x := h.a[i];
	y := h.a[j];
	if(x.w != y.w)
		return x.w < y.w;
	return x.order < y.order;
}

Heap.push(h: self ref Heap, x: ref Node)
{
	i := h.n++;
	h.a[i] = x;
	while(i > 0){
		p := (i-1)/2;
		if(!h.less(i, p))
			break;
		(h.a[i], h.a[p]) = (h.a[p], h.a[i]);
		i = p;
	}
}

Heap.pop(h: self ref Heap): ref Node
{
	top := h.a[0];
	h.a[0] = h.a[--h.n];
	h.a[h.n] = nil;
	i := 0;
	for(;;){
		l := 2*i+1;
		r := l+1;
		m := i;
		if(l < h.n && h.less(l, m))
			m = l;
		if(r < h.n && h.less(r, m))
			m = r;
		if(m == i)
			break;
		(h.a[i], h.a[m]) = (h.a[m], h.a[i]);
		i = m;
	}
	return top;
}

codes := array[256] of string;

assign(n: ref Node, prefix: string)
{
	if(n.sym >= 0){
		if(prefix == "")
			prefix = "0";
		codes[n.sym] = prefix;
		return;
	}
	assign(n.l, prefix + "0");
	assign(n.r, prefix + "1");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	text := "she sells sea shells by the sea shore";
	freq := array[256] of {* => 0};
	b := array of byte text;
	for(i := 0; i < len b; i++)
		freq[int b[i]]++;
	h := ref Heap(array[512] of ref Node, 0);
	ord := 0;
	for(i = 0; i < 256; i++)
		if(freq[i] > 0)
			h.push(ref Node(freq[i], i, ord++, nil, nil));
	while(h.n > 1){
		x := h.pop();
		y := h.pop();
		h.push(ref Node(x.w + y.w, -1, ord++, x, y));
	}
	root := h.pop();
	assign(root, "");
	bits := 0;
	for(i = 0; i < 256; i++)
		if(codes[i] != nil){
			sys->print("%q %2d %s\n", sys->sprint("%c", i), freq[i], codes[i]);
			bits += freq[i] * len codes[i];
		}
	enc := "";
	for(i = 0; i < len b; i++)
		enc += codes[int b[i]];
	sys->print("bits %d (vs %d), len %d\n", bits, 8*len b, len enc);
	# decode
	dec := "";
	n := root;
	for(i = 0; i < len enc; i++){
		if(enc[i] == '0')
			n = n.l;
		else
			n = n.r;
		if(n.sym >= 0){
			dec[len dec] = n.sym;
			n = root;
		}
	}
	sys->print("decoded ok: %d\n", dec == text);
	# pack bits into bytes and show hex
	nb := (len enc + 7) / 8;
	packed := array[nb] of {* => byte 0};
	for(i = 0; i < len enc; i++)
		if(enc[i] == '1')
			packed[i/8] |= byte (16r80 >> (i%8));
	hex := "";
	for(i = 0; i < nb; i++)
		hex += sys->sprint("%.2ux", int packed[i]);
	sys->print("%s\n", hex);
}
