implement Huffman;

include "sys.m";
	sys: Sys;
include "draw.m";

Huffman: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Node: adt {
	weight:	int;
	sym:	int;	# -1 for internal nodes
	order:	int;	# creation order to break ties deterministically
	l, r:	cyclic ref Node;
};

lighter(a, b: ref Node): int
{
	if(a.weight != b.weight)
		return a.weight < b.weight;
	return a.order < b.order;
}

# a tiny binary heap of nodes
heap: array of ref Node;
hn := 0;

hpush(n: ref Node)
{
	i := hn++;
	heap[i] = n;
	while(i > 0 && lighter(heap[i], heap[(i-1)/2])){
		(heap[i], heap[(i-1)/2]) = (heap[(i-1)/2], heap[i]);
		i = (i-1)/2;
	}
}

hpop(): ref Node
{
	top := heap[0];
	heap[0] = heap[--hn];
	i := 0;
	for(;;){
		c := 2*i+1;
		if(c >= hn)
			break;
		if(c+1 < hn && lighter(heap[c+1], heap[c]))
			c++;
		if(!lighter(heap[c], heap[i]))
			break;
		(heap[i], heap[c]) = (heap[c], heap[i]);
		i = c;
	}
	return top;
}

codes: array of string;

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

build(s: string): ref Node
{
	freq := array[256] of {* => 0};
	for(i := 0; i < len s; i++)
		freq[s[i] & 16rff]++;
	heap = array[256] of ref Node;
	hn = 0;
	order := 0;
	for(i = 0; i < 256; i++)
		if(freq[i] > 0)
			hpush(ref Node(freq[i], i, order++, nil, nil));
	while(hn > 1){
		a := hpop();
		b := hpop();
		hpush(ref Node(a.weight + b.weight, -1, order++, a, b));
	}
	return hpop();
}

# pack the bit string into bytes
encode(s: string): (array of byte, int)
{
	nbits := 0;
	for(i := 0; i < len s; i++)
		nbits += len codes[s[i]];
	out := array[(nbits+7)/8] of {* => byte 0};
	k := 0;
	for(i = 0; i < len s; i++){
		c := codes[s[i]];
		for(j := 0; j < len c; j++){
			if(c[j] == '1')
				out[k/8] |= byte (16r80 >> (k%8));
			k++;
		}
	}
	return (out, nbits);
}

decode(root: ref Node, data: array of byte, nbits: int): string
{
	s := "";
	n := root;
	for(k := 0; k < nbits; k++){
		if(root.sym < 0){
			if((int data[k/8] & (16r80 >> (k%8))) != 0)
				n = n.r;
			else
				n = n.l;
		}
		if(n.sym >= 0){
			s[len s] = n.sym;
			n = root;
		}
	}
	return s;
}

hex(b: array of byte, max: int): string
{
	s := "";
	for(i := 0; i < len b && i < max; i++)
		s += sys->sprint("%.2x", int b[i]);
	if(len b > max)
		s += "..";
	return s;
}

run(s: string)
{
	codes = array[256] of string;
	root := build(s);
	assign(root, "");
	(data, nbits) := encode(s);
	back := decode(root, data, nbits);
	sys->print("%q\n  %d chars -> %d bits (%d bytes), round trip %d, data %s\n",
		s, len s, nbits, len data, back == s, hex(data, 12));
	total := 0;
	line := "";
	for(c := 0; c < 256; c++)
		if(codes[c] != nil){
			line += sys->sprint(" %c=%s", c, codes[c]);
			total++;
		}
	if(total <= 12)
		sys->print(" %s\n", line);
	else
		sys->print("  %d symbols, root weight %d\n", total, root.weight);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	run("abracadabra");
	run("aaaaaaaa");
	run("mississippi river");
	run("the quick brown fox jumps over the lazy dog");
	s := "";
	for(i := 0; i < 40; i++)
		s[len s] = 'a' + (i*i) % 7;
	run(s);
}
