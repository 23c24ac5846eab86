implement ConvMatrix;

include "sys.m";
	sys: Sys;
include "draw.m";

ConvMatrix: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	# byte <-> int
	ints := array[] of {0, 1, 127, 128, 255, 256, 257, -1, -128, -129, 16r12345};
	sys->print("int -> byte -> int\n");
	for(i := 0; i < len ints; i++) {
		b := byte ints[i];
		sys->print("  %d -> %d\n", ints[i], int b);
	}

	# int <-> big
	sys->print("int <-> big\n");
	bigs := array[] of {big 0, big 16r7fffffff, big 16r80000000, big -1,
		big 16r100000001, (big 1 << 40) + big 5, big -16r80000001};
	for(i = 0; i < len bigs; i++)
		sys->print("  %bd -> int %d -> byte %d\n", bigs[i], int bigs[i], int byte bigs[i]);

	# real <-> int (rounding), real <-> big
	sys->print("real -> int, big\n");
	reals := array[] of {0.0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.5, -1.5, -2.5, -2.7, 1e9, 3.99999};
	for(i = 0; i < len reals; i++)
		sys->print("  %g -> %d %bd %d\n", reals[i], int reals[i], big reals[i], int byte reals[i]);
	sys->print("  1e15 -> big %bd\n", big 1e15);
	sys->print("  big 2**53+1 -> real %.1f\n", real ((big 1 << 53) + big 1));
	sys->print("  int max -> real %g\n", real 16r7fffffff);
	sys->print("  byte 200 -> real %g\n", real byte 200);

	# string <-> numbers
	sys->print("string -> numbers\n");
	strs := array[] of {"42", "  17", "-8", "+9", "0x1f", "12abc", "abc", "", "3.75", "1e3",
		"99999999999", "-2147483648"};
	for(i = 0; i < len strs; i++) {
		s := strs[i];
		sys->print("  %-14q int=%d big=%bd real=%g byte=%d\n",
			s, int s, big s, real s, int byte s);
	}

	sys->print("numbers -> string\n");
	sys->print("  [%s] [%s] [%s]\n", string 0, string -77, string 16r7fffffff);
	sys->print("  [%s] [%s]\n", string (big 1 << 62), string big -3);
	sys->print("  [%s] [%s] [%s] [%s]\n", string 0.1, string 1.0, string 1e20, string -2.5e-7);
	sys->print("  [%s] [%s]\n", string byte 65, string byte 300);

	# int -> string of a character vs string of the number
	c := 'A';
	one := "";
	one[0] = c;
	sys->print("  char %d as string %q, as number %q\n", c, one, string c);

	# array of byte <-> string
	sys->print("string <-> array of byte\n");
	u := "héllo→";
	ba := array of byte u;
	sys->print("  len string %d, len bytes %d\n", len u, len ba);
	for(i = 0; i < len ba; i++)
		sys->print(" %.2x", int ba[i]);
	sys->print("\n");
	back := string ba[0:2];
	sys->print("  first two bytes back: %q len %d\n", back, len back);
	back = string ba[0:3];
	sys->print("  first three bytes back: %q len %d\n", back, len back);
	back = string ba;
	sys->print("  round trip equal: %d\n", back == u);

	# chained conversions
	x := 1000;
	y := int real big byte x;
	sys->print("chain int->byte->big->real->int: %d\n", y);
	z := real string real 1.0/3.0;
	sys->print("real->string->real: %.17g\n", z);
}
