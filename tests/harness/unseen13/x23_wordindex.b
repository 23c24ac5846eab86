implement WordIndex;

include "sys.m";
	sys: Sys;
include "draw.m";

WordIndex: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Posting: adt {
	line:	int;
	next:	cyclic ref Posting;
};

Entry: adt {
	word:	string;
	count:	int;
	lines:	ref Posting;
	chain:	cyclic ref Entry;
};

Table: adt {
	slots:	array of ref Entry;
	n:	int;
	resizes:	int;
	new:	fn(size: int): ref Table;
	hash:	fn(t: self ref Table, s: string): int;
	add:	fn(t: self ref Table, w: string, line: int);
	grow:	fn(t: self ref Table);
	sorted:	fn(t: self ref Table): array of ref Entry;
};

stop := array[] of {"the", "a", "of", "and", "to", "in", "is", "it", "that"};

text := array[] of {
	"The Dis virtual machine executes the Limbo byte code.",
	"Limbo programs are compiled to Dis, and Dis is portable.",
	"A module in Limbo is loaded at run time by the Dis machine;",
	"channels and processes make Limbo good for concurrent code.",
	"The machine can compile Dis to native code on the fly.",
	"Every Limbo module declares its interface; the loader checks it.",
};

Table.new(size: int): ref Table
{
	return ref Table(array[size] of ref Entry, 0, 0);
}

Table.hash(t: self ref Table, s: string): int
{
	h := 5381;
	for(i := 0; i < len s; i++)
		h = ((h << 5) + h + s[i]) & 16r3FFFFFFF;
	return h % len t.slots;
}

Table.grow(t: self ref Table)
{
	old := t.slots;
	t.slots = array[2*len old + 1] of ref Entry;
	for(i := 0; i < len old; i++){
		for(e := old[i]; e != nil; ){
			nx := e.chain;
			h := t.hash(e.word);
			e.chain = t.slots[h];
			t.slots[h] = e;
			e = nx;
		}
	}
	t.resizes++;
}

Table.add(t: self ref Table, w: string, line: int)
{
	h := t.hash(w);
	for(e := t.slots[h]; e != nil; e = e.chain)
		if(e.word == w){
			e.count++;
			if(e.lines.line != line)
				e.lines = ref Posting(line, e.lines);
			return;
		}
	t.slots[h] = ref Entry(w, 1, ref Posting(line, nil), t.slots[h]);
	t.n++;
	if(t.n > 2 * len t.slots)
		t.grow();
}

Table.sorted(t: self ref Table): array of ref Entry
{
	a := array[t.n] of ref Entry;
	k := 0;
	for(i := 0; i < len t.slots; i++)
		for(e := t.slots[i]; e != nil; e = e.chain)
			a[k++] = e;
	# insertion sort: by count descending, then alphabetically
	for(i = 1; i < len a; i++){
		x := a[i];
		j := i - 1;
		while(j >= 0 && (a[j].count < x.count || a[j].count == x.count && a[j].word > x.word)){
			a[j+1] = a[j];
			j--;
		}
		a[j+1] = x;
	}
	return a;
}

lower(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'A' && s[i] <= 'Z')
			s[i] += 'a' - 'A';
	return s;
}

isstop(w: string): int
{
	for(i := 0; i < len stop; i++)
		if(stop[i] == w) return 1;
	return 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	t := Table.new(3);
	total := skipped := 0;
	for(ln := 0; ln < len text; ln++){
		(nil, words) := sys->tokenize(text[ln], " .,;:");
		for(; words != nil; words = tl words){
			w := lower(hd words);
			total++;
			if(isstop(w)){
				skipped++;
				continue;
			}
			t.add(w, ln+1);
		}
	}
	sys->print("%d words, %d stop words, %d distinct, %d slots after %d resizes\n",
		total, skipped, t.n, len t.slots, t.resizes);
	a := t.sorted();
	for(i := 0; i < len a; i++){
		e := a[i];
		if(e.count < 2) break;
		ls := "";
		for(p := e.lines; p != nil; p = p.next)
			ls = " " + string p.line + ls;
		sys->print("%-10s %2d  lines%s\n", e.word, e.count, ls);
	}
	shown := i;
	longest := 0;
	for(i = 0; i < len t.slots; i++){
		n := 0;
		for(e := t.slots[i]; e != nil; e = e.chain)
			n++;
		if(n > longest)
			longest = n;
	}
	sys->print("singletons: %d, longest chain %d\n", len a - shown, longest);
}
