implement R07;
include "sys.m";
	sys: Sys;
include "draw.m";
R07: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	n := array[] of {0, 7, -7, 123456, -2147483647-1};
	for(i := 0; i < len n; i++){
		v := n[i];
		sys->print("|%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%ud|\n", v, v, v, v, v, v, v, v, v);
	}
	sys->print("|%#x|%#o|%08.3d|%.0d|%.3d|\n", 255, 8, 42, 0, 7);
	sys->print("|%c|%5c|%-3c|%c|\n", 'x', 'y', 'z', 16r263a);
	s := "hello";
	sys->print("|%s|%10s|%-10s|%.3s|%10.2s|%-6.4s|\n", s, s, s, s, s, s);
	sys->print("|%s|%5s|\n", "", "");
	ns: string;
	sys->print("|%s|\n", ns);
	sys->print("|%q|%q|%q|%q|\n", "plain", "has space", "it's", "");
	sys->print("|%q|%q|\n", "tab\there", "new\nline");
	b := big -98765432123;
	sys->print("|%bd|%20bd|%-20bd|%bx|%bX|\n", b, b, b, b, big 16rABCDEF);
	sys->print("|%bd|%bud|\n", big 0, big -2);
	sys->print("|%%|%d%%|\n", 50);
	sys->print("|%*d|%-*d|%.*f|\n", 6, 42, 6, 42, 2, 3.14159);
	sys->print("|%g|%G|%e|%f|\n", 1.5e-10, 2.5e30, -0.0, 123.0);
	sys->print("|%5.1f|%-8.2e|%08.2f|\n", 9.96, 31415.9, -3.5);
	sys->print("|%x|%x|\n", 16rdeadbeef, -1);
	x := sys->sprint("%d-%s-%c", 1, "two", '3');
	sys->print("sprint %s len %d\n", x, len x);
	sys->print("|%s|\n", sys->sprint(""));
	sys->print("|%H|\n", "x");
	sys->print("%d %d\n", 1);
	sys->print("%s\n", "extra", 2);
}
