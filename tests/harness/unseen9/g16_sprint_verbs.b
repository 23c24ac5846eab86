implement SprintVerbs;

include "sys.m";
	sys: Sys;
include "draw.m";

SprintVerbs: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	ints := array[] of {0, 7, -7, 255, 65535, -2147483647-1, 2147483647};
	for(i := 0; i < len ints; i++){
		v := ints[i];
		sys->print("%d|%5d|%-5d|%05d|%+d|%x|%X|%#x|%o|%#o\n",
			v, v, v, v, v, v, v, v, v, v);
	}
	bigs := array[] of {big 0, big 1 << 40, -(big 1 << 62), big 16rDEADBEEF};
	for(i = 0; i < len bigs; i++){
		b := bigs[i];
		sys->print("big %bd %bx %bX %bo %20bd|\n", b, b, b, b, b);
	}
	reals := array[] of {0.0, 1.0, -2.5, 3.14159265358979, 1.0e10, 1.5e-7, 123456.789};
	for(i = 0; i < len reals; i++){
		r := reals[i];
		sys->print("%f|%.2f|%10.3f|%-10.1f|%e|%.3e|%g|%G|%E\n", r, r, r, r, r, r, r, r, r);
	}
	strs := array[] of {"", "x", "hello", "with space", "quote'd", "tab\there"};
	for(i = 0; i < len strs; i++){
		s := strs[i];
		sys->print("[%s][%8s][%-8s][%.3s][%q]\n", s, s, s, s, s);
	}
	chars := array[] of {'A', 'z', '0', 'é', '→', '世'};
	for(i = 0; i < len chars; i++)
		sys->print("%c=%d=%#x ", chars[i], chars[i], chars[i]);
	sys->print("\n");
	sys->print("star width: [%*d] [%-*d] [%.*f]\n", 6, 42, 6, 42, 2, 2.71828);
	sys->print("percent: 100%% done\n");
	s := sys->sprint("%s-%d-%c", "join", 99, '!');
	sys->print("sprint=%s len=%d\n", s, len s);
	a := sys->aprint("%d bytes?", 12345);
	sys->print("aprint len=%d first=%c last=%c\n", len a, int a[0], int a[len a - 1]);
	sys->werrstr("simulated failure 17");
	sys->print("errstr: %r\n");
	sys->print("bytes of string: %d, runes: %d\n", len array of byte "naïve→", len "naïve→");
}
