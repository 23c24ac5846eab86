implement IntWrap;

include "sys.m";
	sys: Sys;
include "draw.m";

IntWrap: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

MAXINT: con 16r7fffffff;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	# 32-bit int wraps silently
	i := MAXINT;
	sys->print("max int      %d\n", i);
	i++;
	sys->print("max+1        %d\n", i);
	j := i - 1;
	sys->print("min-1        %d\n", j);
	sys->print("neg of min   %d\n", -i);

	# multiplication overflow: compare with big
	a := 123456789;
	b := 987;
	p := a * b;
	bp := big a * big b;
	sys->print("int product  %d\n", p);
	sys->print("big product  %bd\n", bp);
	sys->print("truncated    %d\n", int bp);
	sys->print("low 32 hex   %ux\n", int (bp & big 16rffffffff));

	# byte arithmetic is modulo 256
	x := byte 250;
	for(k := 0; k < 10; k++){
		sys->print("%d ", int x);
		x += byte 1;
	}
	sys->print("\n");
	y := byte 3;
	y -= byte 5;
	sys->print("3-5 as byte  %d\n", int y);
	z := byte 200 * byte 2;
	sys->print("200*2 byte   %d\n", int z);
	sys->print("byte 300     %d\n", int byte 300);
	sys->print("byte -1      %d\n", int byte -1);

	# big limits
	bmax := big 16r7fffffffffffffff;
	sys->print("big max      %bd\n", bmax);
	bmax++;
	sys->print("big max+1    %bd\n", bmax);
	sys->print("big to int   %d\n", int big 16r1234567887654321);

	# accumulate a hash that wraps
	h := 0;
	for(k = 0; k < 40; k++)
		h = h * 31 + k;
	sys->print("wrapped hash %d (%ux)\n", h, h);

	# factorials: where does int go wrong?
	f := 1;
	bf := big 1;
	for(n := 1; n <= 21; n++){
		f *= n;
		bf *= big n;
		ok := "ok";
		if(big f != bf)
			ok = "OVERFLOW";
		sys->print("%2d! int=%-12d big=%-20bd %s\n", n, f, bf, ok);
	}

	# real to int conversion rounds
	r := 2.5;
	sys->print("int 2.5=%d int 3.5=%d int -2.5=%d int 2.49=%d\n",
		int r, int 3.5, int -2.5, int 2.49);
	sys->print("big 1e18=%bd\n", big 1e18);
}
