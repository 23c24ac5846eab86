#args: the cat sat on the mat and the dog sat on the cat while a bird sang
implement WordFreq;

include "sys.m";
	sys: Sys;
include "draw.m";

WordFreq: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Entry: adt
{
	word:	string;
	count:	int;
	next:	cyclic ref Entry;
};

Table: adt
{
	slots:	array of ref Entry;
	nitems:	int;

	new:	fn(n: int): ref Table;
	hash:	fn(t: self ref Table, s: string): int;
	add:	fn(t: self ref Table, s: string): int;
	lookup:	fn(t: self ref Table, s: string): ref Entry;
	all:	fn(t: self ref Table): list of ref Entry;
};

Table.new(n: int): ref Table
{
	return ref Table(array[n] of ref Entry, 0);
}

Table.hash(t: self ref Table, s: string): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = (h*31 + s[i]) & 16r7fffffff;
	return h % len t.slots;
}

Table.add(t: self ref Table, s: string): int
{
	e := t.lookup(s);
	if(e != nil)
		return ++e.count;
	h := t.hash(s);
	t.slots[h] = ref Entry(s, 1, t.slots[h]);
	t.nitems++;
	return 1;
}

Table.lookup(t: self ref Table, s: string): ref Entry
{
	for(e := t.slots[t.hash(s)]; e != nil; e = e.next)
		if(e.word == s)
			return e;
	return nil;
}

Table.all(t: self ref Table): list of ref Entry
{
	l: list of ref Entry;
	for(i := 0; i < len t.slots; i++)
		for(e := t.slots[i]; e != nil; e = e.next)
			l = e :: l;
	return l;
}

# order by descending count, then alphabetically
before(a, b: ref Entry): int
{
	if(a.count != b.count)
		return a.count > b.count;
	return a.word < b.word;
}

sortentries(l: list of ref Entry): array of ref Entry
{
	a := array[len l] of ref Entry;
	for(i := 0; l != nil; l = tl l)
		a[i++] = hd l;
	# insertion sort; the lists are short
	for(i = 1; i < len a; i++){
		x := a[i];
		j := i;
		for(; j > 0 && before(x, a[j-1]); j--)
			a[j] = a[j-1];
		a[j] = x;
	}
	return a;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	argv = tl argv;
	if(argv == nil){
		sys->fprint(sys->fildes(2), "usage: wordfreq word ...\n");
		raise "fail:usage";
	}
	t := Table.new(7);
	nwords := 0;
	for(; argv != nil; argv = tl argv){
		n := t.add(hd argv);
		if(n == 2)
			sys->print("repeat: %s\n", hd argv);
		nwords++;
	}
	sys->print("%d words, %d distinct\n", nwords, t.nitems);
	a := sortentries(t.all());
	for(i := 0; i < len a; i++)
		sys->print("%-6s %d %s\n", a[i].word, a[i].count, stars(a[i].count));
	# chain lengths show the hashing spread
	s := "";
	for(i = 0; i < len t.slots; i++){
		n := 0;
		for(e := t.slots[i]; e != nil; e = e.next)
			n++;
		s += sys->sprint(" %d", n);
	}
	sys->print("chains:%s\n", s);
	if(t.lookup("zebra") == nil)
		sys->print("zebra: absent\n");
}

stars(n: int): string
{
	s := "";
	while(n-- > 0)
		s[len s] = '*';
	return s;
}
