implement P04;
include "sys.m";
	sys: Sys;
include "draw.m";
P04: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

show(a: array of int): string
{
	s := "{";
	for(i := 0; i < len a; i++){
		if(i) s += ",";
		s += string a[i];
	}
	return s + "}";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[10] of int;
	sys->print("zero %s\n", show(a));
	for(i := 0; i < len a; i++)
		a[i] = i * i - 20;
	sys->print("a %s\n", show(a));
	b := a[2:5];
	b[0] = 777;
	sys->print("slice %s a[2]=%d\n", show(b), a[2]);
	c := a[7:];
	sys->print("tail %s len %d\n", show(c), len c);
	e := a[3:3];
	sys->print("empty %s len %d\n", show(e), len e);
	d := array[] of {5, 4, 3, 2, 1};
	d[1:] = array[] of {40, 30};
	sys->print("d %s\n", show(d));
	f := array[6] of {* => -1};
	sys->print("f %s\n", show(f));
	g := array[8] of {0 => 9, 3 or 5 => 7, 6 to 7 => 2, * => 1};
	sys->print("g %s\n", show(g));
	m := array[3] of array of int;
	for(i = 0; i < 3; i++){
		m[i] = array[i+1] of int;
		for(j := 0; j <= i; j++)
			m[i][j] = i*10 + j;
	}
	for(i = 0; i < 3; i++)
		sys->print("m[%d] %s\n", i, show(m[i]));
	n: array of int;
	sys->print("nil len %d isnil %d\n", len n, n == nil);
	h := array[0] of int;
	sys->print("zero-len %d isnil %d\n", len h, h == nil);
	s := array[] of {"x", "yy", "zzz"};
	t := "";
	for(i = len s - 1; i >= 0; i--)
		t += s[i];
	sys->print("%s\n", t);
	cp := array[len a] of int;
	cp[0:] = a;
	cp[0] = 12345;
	sys->print("cp0 %d a0 %d\n", cp[0], a[0]);
	{
		sys->print("%d\n", a[10]);
	} exception x {
	"array bounds error" => sys->print("bounds caught\n");
	}
	{
		k := 11;
		z := a[k:];
		sys->print("%d\n", len z);
	} exception x {
	"*" => sys->print("slice: %s\n", x);
	}
}
