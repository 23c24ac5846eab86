implement Slices;

include "sys.m";
	sys: Sys;
include "draw.m";

Slices: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

pa(tag: string, a: array of int)
{
	sys->print("%s[%d]:", tag, len a);
	for(i := 0; i < len a; i++)
		sys->print(" %d", a[i]);
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := array[10] of int;
	for(i := 0; i < len a; i++)
		a[i] = i * i;
	pa("a", a);
	s := a[2:5];
	pa("a[2:5]", s);
	s[0] = -1;
	pa("a after s[0]=-1", a);
	t := s[1:];
	t[0] = -2;
	pa("a after t[0]=-2", a);
	pa("a[7:]", a[7:]);
	pa("a[:0]", a[0:0]);
	pa("a[10:]", a[10:]);

	# slice assignment copies
	b := array[] of {100, 200, 300};
	a[4:] = b;
	pa("a[4:]=b", a);
	b[0] = 0;
	pa("a unchanged by b[0]=0", a);

	# overlapping copy, shift right by 1
	a[1:] = a[0:9];
	pa("shift right", a);
	# shift left by 2
	a[0:] = a[2:];
	pa("shift left", a);

	# strings slices
	str := "hello, world";
	sys->print("%s|%s|%s\n", str[0:5], str[7:], str[5:7]);
	up := str;
	up[0] = 'H';
	up[7] = 'W';
	sys->print("%s / %s\n", str, up);
	up[len up] = '!';
	sys->print("%s len=%d\n", up, len up);

	# byte arrays and conversion
	by := array of byte "abcdef";
	by[1:] = array of byte "XY";
	sys->print("bytes -> %s\n", string by);
	sys->print("partial -> %s\n", string by[2:4]);

	# reverse in place using slices of slices
	r := array[] of {1, 2, 3, 4, 5, 6, 7};
	for(lo := r; len lo > 1; lo = lo[1:len lo - 1]) {
		tmp := lo[0];
		lo[0] = lo[len lo - 1];
		lo[len lo - 1] = tmp;
	}
	pa("reversed", r);

	e: array of int;
	sys->print("nil array len=%d\n", len e);
	e = r[3:3];
	sys->print("empty slice len=%d nil=%d\n", len e, e == nil);
}
