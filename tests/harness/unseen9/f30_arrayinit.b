implement ArrayInit;

include "sys.m";
	sys: Sys;
include "draw.m";

ArrayInit: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

pi(tag: string, a: array of int)
{
	sys->print("%-10s", tag);
	for(i := 0; i < len a; i++)
		sys->print(" %d", a[i]);
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	pi("ranges", array[10] of {0 to 2 => 1, 5 or 7 => 9, * => -1});
	pi("sparse", array[6] of {4 => 44, * => 0});
	pi("implicit", array[] of {3 => 7, 0 => 1, 1 or 2 => 0});
	pi("star", array[4] of {* => 8});
	pi("sliced", (array[5] of {10, 20, 30, 40, 50})[1:4]);
	s := array[] of {2 => "two", * => "?"};
	sys->print("strings: %d %s %s\n", len s, s[0], s[2]);
	# overlapping slice copies within one array
	a := array[] of {0, 1, 2, 3, 4, 5, 6, 7};
	a[1:] = a[0:7];
	pi("shift right", a);
	b := array[] of {0, 1, 2, 3, 4, 5, 6, 7};
	b[0:] = b[1:];
	pi("shift left", b);
	# slice assignment into the middle
	c := array[6] of {* => 0};
	c[2:] = array[] of {7, 8};
	pi("middle", c);
	# byte arrays from strings and back
	bytes := array of byte "héllo";
	bytes[0] = byte 'H';
	sys->print("bytes=%d back=%s\n", len bytes, string bytes);
	sub := bytes[3:];
	sys->print("tail=%s\n", string sub);
	# array of adt-free tuples
	t := array[] of {(1, "a"), (2, "b")};
	(n, w) := t[1];
	sys->print("tuple elt: %d %s\n", n, w);
	# array whose size comes from an expression
	m := array[len "four"] of {* => len "x"};
	pi("sized", m);
	# nested initializers
	g := array[] of {array[] of {1}, array[2] of {* => 5}, nil};
	sys->print("nested lens: %d %d %d\n", len g[0], len g[1], len g[2]);
}
