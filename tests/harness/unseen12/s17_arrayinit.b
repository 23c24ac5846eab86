implement ArrayInit;

include "sys.m";
	sys: Sys;
include "draw.m";

ArrayInit: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

ints(tag: string, a: array of int)
{
	sys->print("%-12s[%d]", tag, len a);
	for(i := 0; i < len a; i++)
		sys->print(" %d", a[i]);
	sys->print("\n");
}

alloc(n: int): array of int
{
	return array[n] of {* => n};
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	# indexed initializers, ranges, defaults
	a := array[10] of {0 => 1, 3 to 5 => 7, 9 => -1, * => 2};
	ints("indexed", a);
	b := array[] of {4 => 40, 1 => 10, 2 to 3 => 23};
	ints("sized-by-init", b);
	c := array[6] of {1, 2, 3};
	ints("partial", c);
	d := array[4] of {* => 9};
	ints("all-star", d);
	e := array[0] of {* => 5};
	ints("empty-star", e);

	# strings as initialisers, and arrays of arrays of different shapes
	names := array[4] of {"zero", 2 => "two", * => "?"};
	for(i := 0; i < len names; i++)
		sys->print("names[%d]=%q ", i, names[i]);
	sys->print("\n");

	tri := array[5] of array of int;
	for(i = 0; i < len tri; i++) {
		tri[i] = array[i + 1] of {* => 1};
		for(j := 1; j < i; j++)
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j];
	}
	for(i = 0; i < len tri; i++)
		ints("pascal " + string i, tri[i]);

	# sizes from computations, including negative ones
	sizes := array[] of {3, 0, -1, 2 - 5, 1 << 4, -2147483647 - 1};
	for(i = 0; i < len sizes; i++) {
		{
			r := alloc(sizes[i]);
			sys->print("alloc(%d) ok, len %d, first %d\n", sizes[i], len r,
				len r > 0 && r[0] == sizes[i]);
		} exception ex {
		"negative array size" =>
			sys->print("alloc(%d): negative array size\n", sizes[i]);
		}
	}

	# byte arrays from strings and back with a partial view
	bs := array of byte "Inferno";
	bs[0] = byte 'i';
	view := bs[2:5];
	view[0] = byte 'F';
	sys->print("bytes -> %s, view %s\n", string bs, string view);

	# copying into a destination that is too small
	dst := array[3] of int;
	{
		dst[0:] = a;
		sys->print("copied\n");
	} exception ex {
	"*" =>
		sys->print("copy 10 into 3: %s\n", ex);
	}
	dst[0:] = a[7:];
	ints("copy tail", dst);
	dst[1:] = dst[0:2];
	ints("self shift", dst);

	# an array of tuples
	pairs := array[] of {("one", 1), ("two", 2), ("three", 3)};
	tot := 0;
	for(i = 0; i < len pairs; i++) {
		(nm, v) := pairs[i];
		tot += v * len nm;
	}
	sys->print("weighted %d\n", tot);

	# array of lists, default nil
	buckets := array[3] of list of int;
	for(i = 0; i < 10; i++)
		buckets[i % 3] = i :: buckets[i % 3];
	for(i = 0; i < len buckets; i++)
		sys->print("bucket %d has %d, head %d\n", i, len buckets[i], hd buckets[i]);
}
