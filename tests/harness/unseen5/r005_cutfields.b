implement Cutfields;

include "sys.m";
	sys: Sys;
include "draw.m";

Cutfields: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Range: adt {
	lo, hi:	int;	# hi == 0 means open-ended
	has:	fn(r: self ref Range, n: int): int;
};

Range.has(r: self ref Range, n: int): int
{
	return n >= r.lo && (r.hi == 0 || n <= r.hi);
}

parselist(spec: string): list of ref Range
{
	(nil, parts) := sys->tokenize(spec, ",");
	rl: list of ref Range;
	for(; parts != nil; parts = tl parts){
		p := hd parts;
		lo := 1;
		hi := 0;
		for(i := 0; i < len p; i++)
			if(p[i] == '-')
				break;
		if(i == len p){
			lo = int p;
			hi = lo;
		}else{
			if(i > 0)
				lo = int p[0:i];
			if(i+1 < len p)
				hi = int p[i+1:];
		}
		if(lo < 1)
			raise "bad range: " + p;
		rl = ref Range(lo, hi) :: rl;
	}
	return rl;
}

selected(rl: list of ref Range, n: int): int
{
	for(; rl != nil; rl = tl rl)
		if((hd rl).has(n))
			return 1;
	return 0;
}

# split keeping empty fields
fields(s: string, sep: int): array of string
{
	n := 1;
	for(i := 0; i < len s; i++)
		if(s[i] == sep)
			n++;
	a := array[n] of string;
	k := 0;
	start := 0;
	for(i = 0; i < len s; i++)
		if(s[i] == sep){
			a[k++] = s[start:i];
			start = i+1;
		}
	a[k] = s[start:];
	return a;
}

cut(line: string, sep: int, rl: list of ref Range): string
{
	f := fields(line, sep);
	out := "";
	first := 1;
	for(i := 0; i < len f; i++)
		if(selected(rl, i+1)){
			if(!first)
				out[len out] = sep;
			out += f[i];
			first = 0;
		}
	return out;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	data := "root:x:0:0:Super User:/root:/bin/sh\n" +
		"daemon:x:1:1::/:/bin/false\n" +
		"inferno:x:1000:1000:Inferno,,,:/usr/inferno:/dis/sh\n" +
		"nobody:x:65534:65534:Nobody:/nonexistent:\n";
	fd := sys->create("/tmp/r005.passwd", Sys->OWRITE, 8r644);
	sys->fprint(fd, "%s", data);
	fd = sys->open("/tmp/r005.passwd", Sys->OREAD);
	b := array[1000] of byte;
	n := sys->read(fd, b, len b);
	(nil, lines) := sys->tokenize(string b[0:n], "\n");
	specs := array[] of {"1", "1,3", "5-", "-2,7", "2-3,6", "0-2", "9"};
	for(j := 0; j < len specs; j++){
		sys->print("-f %s\n", specs[j]);
		{
			rl := parselist(specs[j]);
			for(l := lines; l != nil; l = tl l)
				sys->print("  [%s]\n", cut(hd l, ':', rl));
		}exception e{
		"bad range*" =>
			sys->print("  error: %s\n", e);
		}
	}
	sys->print("commas: %s\n", cut("a,b,,d", ',', parselist("3-")));
}
