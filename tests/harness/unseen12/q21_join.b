#args: -a1 -t : -e NULL /tmp/q_join.emp /tmp/q_join.dept
implement Join;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Join: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Rec: adt {
	key:	string;
	rest:	list of string;
};

stderr: ref Sys->FD;
sep := ' ';
empty := "";
unpaired := array[3] of {* => 0};

split(s: string): list of string
{
	l: list of string;
	start := 0;
	for(i := 0; i <= len s; i++)
		if(i == len s || s[i] == sep){
			l = s[start:i] :: l;
			start = i+1;
		}
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

readrecs(name: string): array of Rec
{
	b := bufio->open(name, Bufio->OREAD);
	if(b == nil){
		sys->fprint(stderr, "join: can't open %s: %r\n", name);
		raise "fail:open";
	}
	recs := array[16] of Rec;
	n := 0;
	while((s := b.gets('\n')) != nil){
		if(s[len s-1] == '\n')
			s = s[0:len s-1];
		f := split(s);
		if(n >= len recs){
			t := array[2*n] of Rec;
			t[0:] = recs;
			recs = t;
		}
		recs[n++] = Rec(hd f, tl f);
	}
	return recs[0:n];
}

joinlist(l: list of string): string
{
	s := "";
	for(; l != nil; l = tl l){
		v := hd l;
		if(v == nil)
			v = empty;
		s[len s] = sep;
		s += v;
	}
	return s;
}

blanks(n: int): list of string
{
	l: list of string;
	for(; n > 0; n--)
		l = empty :: l;
	return l;
}

# both inputs sorted on the key; handles runs of equal keys (cross product)
join(a, b: array of Rec)
{
	na := 0;
	if(len a > 0)
		na = len (a[0].rest);
	nb := 0;
	if(len b > 0)
		nb = len (b[0].rest);
	i := 0;
	j := 0;
	while(i < len a || j < len b){
		if(j >= len b || (i < len a && a[i].key < b[j].key)){
			if(unpaired[1])
				sys->print("%s%s%s\n", a[i].key, joinlist(a[i].rest), joinlist(blanks(nb)));
			i++;
		}else if(i >= len a || b[j].key < a[i].key){
			if(unpaired[2])
				sys->print("%s%s%s\n", b[j].key, joinlist(blanks(na)), joinlist(b[j].rest));
			j++;
		}else{
			k := a[i].key;
			j0 := j;
			for(; i < len a && a[i].key == k; i++)
				for(j = j0; j < len b && b[j].key == k; j++)
					sys->print("%s%s%s\n", k, joinlist(a[i].rest), joinlist(b[j].rest));
		}
	}
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	stderr = sys->fildes(2);

	w := bufio->create("/tmp/q_join.emp", Bufio->OWRITE, 8r644);
	w.puts("10:ann:engineer\n10:bob:manager\n20:cy:clerk\n40:dee:\n50:eve:intern\n");
	w.close();
	w = bufio->create("/tmp/q_join.dept", Bufio->OWRITE, 8r644);
	w.puts("10:Research:B1\n30:Sales:B2\n40:Legal:B3\n40:Legal-annex:B4\n");
	w.close();

	argv = tl argv;
	while(argv != nil && (hd argv)[0] == '-'){
		a := hd argv;
		argv = tl argv;
		case a {
		"-a1" =>	unpaired[1] = 1;
		"-a2" =>	unpaired[2] = 1;
		"-t" =>	sep = (hd argv)[0]; argv = tl argv;
		"-e" =>	empty = hd argv; argv = tl argv;
		* =>
			sys->fprint(stderr, "join: bad option %s\n", a);
			raise "fail:usage";
		}
	}
	if(len argv != 2){
		sys->fprint(stderr, "usage: join [-a1] [-a2] [-t c] [-e s] file1 file2\n");
		raise "fail:usage";
	}
	a := readrecs(hd argv);
	b := readrecs(hd tl argv);
	sys->print("# %d x %d records\n", len a, len b);
	join(a, b);
	sys->print("# full outer join:\n");
	unpaired[2] = 1;
	join(a, b);
}
