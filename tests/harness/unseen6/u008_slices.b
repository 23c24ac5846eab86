implement Slices;

include "sys.m";
	sys: Sys;
include "draw.m";

Slices: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

dump(label: string, a: array of int)
{
	s := "";
	for(i := 0; i < len a; i++)
		s += sys->sprint(" %d", a[i]);
	sys->print("%-14s len=%d:%s\n", label, len a, s);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[8] of int;
	for(i := 0; i < len a; i++)
		a[i] = i*10;
	dump("a", a);
	e := a[3:3];
	dump("a[3:3]", e);
	e = a[len a:];
	dump("a[len a:]", e);
	e = a[0:0];
	sys->print("a[0:0] == nil: %d\n", e == nil);
	w := a[2:5];
	w[0] = -1;
	dump("a after w[0]", a);
	b := array[] of {1, 2, 3};
	a[5:] = b;
	dump("a[5:]=b", a);
	a[1:] = a[0:4];
	dump("a[1:]=a[0:4]", a);
	a[0:] = a[2:6];
	dump("a[0:]=a[2:6]", a);
	c := array[len a] of int;
	c[0:] = a;
	c[0] = 999;
	dump("copy c", c);
	dump("orig a", a);
	s := "hello";
	sys->print("s[2:2]=[%s] s[5:]=[%s] s[1:4]=[%s]\n", s[2:2], s[5:], s[1:4]);
	bs := array of byte "bytes";
	bs2 := bs[1:];
	bs2[0] = byte 'Y';
	sys->print("bytes now %s\n", string bs);
	{
		a[7:] = b;
		sys->print("not reached\n");
	} exception x {
	"*" =>
		sys->print("copy too long: %s\n", x);
	}
	{
		z := a[5:3];
		sys->print("not reached %d\n", len z);
	} exception x {
	"*" =>
		sys->print("reversed bounds: %s\n", x);
	}
	n := a[2:][1:][1:];
	dump("a[2:][1:][1:]", n);
}
