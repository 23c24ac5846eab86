implement PrintFmt;

include "sys.m";
	sys: Sys;
include "draw.m";

PrintFmt: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	vals := array[] of {0, 7, -42, 255, 65535, 2147483647, -2147483647-1};
	for(i := 0; i < len vals; i++){
		v := vals[i];
		sys->print("|%d|%6d|%-6d|%06d|%x|%X|%o|%+d|\n", v, v, v, v, v, v, v, v);
	}
	sys->print("|%ux|%uo|%ud|\n", -1, -1, -1);
	bigs := array[] of {big 0, big 1 << 40, -(big 1 << 62), big 16r7fffffffffffffff};
	for(i = 0; i < len bigs; i++)
		sys->print("|%bd|%bx|%20bd|\n", bigs[i], bigs[i], bigs[i]);

	reals := array[] of {0.0, 1.5, -3.25, 3.14159265358979, 1e10, 1.0/3.0, 6.02e23, 1e-7};
	for(i = 0; i < len reals; i++){
		r := reals[i];
		sys->print("|%g|%f|%.2f|%e|%.3e|%10.4f|\n", r, r, r, r, r, r);
	}

	strs := array[] of {"", "a", "hello", "with space", "quote'd", "tab\there"};
	for(i = 0; i < len strs; i++){
		s := strs[i];
		sys->print("|%s|%8s|%-8s|%.3s|%q|\n", s, s, s, s, s);
	}
	sys->print("chars: %c%c%c %c %c\n", 'L', 'i', 'm', 16r3b1, 16r4e16);
	sys->print("percent: 100%%\n");
	sys->print("star width: |%*d|%-*d|\n", 7, 99, 5, 3);
	sys->print("precision star: |%.*s|\n", 4, "abcdefgh");
	l := sys->sprint("%d+%d=%d", 2, 3, 2+3);
	sys->print("sprint gave %q (len %d)\n", l, len l);
	n := sys->print("%s\n", "counted");
	sys->print("print returned %d\n", n);
	n = sys->fprint(sys->fildes(2), "to stderr: %5.1f\n", 2.25);
	sys->print("fprint returned %d\n", n);
}
