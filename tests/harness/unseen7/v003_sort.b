implement Sortlines;

include "sys.m";
	sys: Sys;
include "draw.m";

Sortlines: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Opts: adt {
	numeric:	int;
	reverse:	int;
	fold:	int;
	cmp:	fn(o: self Opts, a, b: string): int;
};

Opts.cmp(o: self Opts, a, b: string): int
{
	r := 0;
	if(o.numeric){
		x := leadint(a);
		y := leadint(b);
		if(x < y)
			r = -1;
		else if(x > y)
			r = 1;
	}
	if(r == 0){
		if(o.fold){
			a = lower(a);
			b = lower(b);
		}
		if(a < b)
			r = -1;
		else if(a > b)
			r = 1;
	}
	if(o.reverse)
		r = -r;
	return r;
}

leadint(s: string): int
{
	n := 0;
	neg := 0;
	i := 0;
	while(i < len s && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if(i < len s && s[i] == '-'){
		neg = 1;
		i++;
	}
	for(; i < len s && s[i] >= '0' && s[i] <= '9'; i++)
		n = n*10 + s[i] - '0';
	if(neg)
		n = -n;
	return n;
}

lower(s: string): string
{
	t := "";
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		t[len t] = c;
	}
	return t;
}

msort(a: array of string, o: Opts)
{
	if(len a < 2)
		return;
	m := len a / 2;
	l := a[0:m];
	r := a[m:];
	msort(l, o);
	msort(r, o);
	t := array[len a] of string;
	i := 0;
	j := 0;
	k := 0;
	while(i < len l && j < len r){
		if(o.cmp(r[j], l[i]) < 0)
			t[k++] = r[j++];
		else
			t[k++] = l[i++];
	}
	while(i < len l)
		t[k++] = l[i++];
	while(j < len r)
		t[k++] = r[j++];
	a[0:] = t;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	input := array[] of {
		"10 pears", "9 Apples", "-3 kiwis", "100 figs", "9 apples",
		"Banana 4", "cherry 7", "0 melons", "42 Limes", "10 Pears",
	};
	runs := array[] of {
		("default", Opts(0, 0, 0)),
		("-f", Opts(0, 0, 1)),
		("-n", Opts(1, 0, 0)),
		("-nr", Opts(1, 1, 0)),
	};
	for(r := 0; r < len runs; r++){
		(name, o) := runs[r];
		a := array[len input] of string;
		a[0:] = input;
		msort(a, o);
		sys->print("sort %s:", name);
		for(i := 0; i < len a; i++)
			sys->print(" [%s]", a[i]);
		sys->print("\n");
	}
}
