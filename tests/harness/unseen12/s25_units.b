#args: 12.5km 300m 2h 45min -3.5e1s 1000000mm 7 0.25h 16rFFm 1e2km
implement Units;

include "sys.m";
	sys: Sys;
include "draw.m";

Units: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Unit: adt {
	name: string;
	dim: string;
	factor: real;
};

units := array[] of {
	Unit("mm", "length", 0.001),
	Unit("m", "length", 1.0),
	Unit("km", "length", 1000.0),
	Unit("s", "time", 1.0),
	Unit("min", "time", 60.0),
	Unit("h", "time", 3600.0),
};

# split "12.5km" into ("12.5", "km"): the number is the longest prefix
# made of characters that can appear in a real literal
split(s: string): (string, string)
{
	i := 0;
	for(; i < len s; i++) {
		c := s[i];
		if(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+')
			continue;
		if((c == 'e' || c == 'E') && i > 0 && i + 1 < len s && (s[i+1] >= '0' && s[i+1] <= '9' || s[i+1] == '-'))
			continue;
		break;
	}
	return (s[0:i], s[i:]);
}

findunit(name: string): ref Unit
{
	for(i := 0; i < len units; i++)
		if(units[i].name == name)
			return ref units[i];
	return nil;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr := sys->fildes(2);

	lensum := 0.0;
	timesum := 0.0;
	n := 0;
	for(a := tl argv; a != nil; a = tl a) {
		(num, uname) := split(hd a);
		u := findunit(uname);
		if(u == nil) {
			sys->fprint(stderr, "%s: unknown unit %q (number part %q)\n", hd a, uname, num);
			continue;
		}
		v := real num;
		base := v * u.factor;
		n++;
		case u.dim {
		"length" =>
			lensum += base;
			sys->print("%-12s %12.3f m    (int %d, big %bd)\n", hd a, base, int base, big base);
		"time" =>
			timesum += base;
			sys->print("%-12s %12.3f s    (%d:%02d:%02d)\n", hd a, base,
				int base / 3600, int base / 60 % 60, int base % 60);
		}
	}
	sys->print("%d quantities\n", n);
	sys->print("total length %.2f m = %.6f km\n", lensum, lensum / 1000.0);
	sys->print("total time %.1f s = %.4f h\n", timesum, timesum / 3600.0);
	if(timesum != 0.0)
		sys->print("average speed %.3f m/s\n", lensum / timesum);

	# formatting corners
	sys->print("[%5d] [%-5d] [%05d] [%+d] [%+d]\n", 42, 42, 42, 42, -42);
	sys->print("[%x] [%X] [%#x] [%o] [%#o]\n", 255, 255, 255, 8, 8);
	sys->print("[%c%c%c] [%5s] [%-5s|] [%.2s]\n", 'L', 16r3BB, '!', "ab", "ab", "abcdef");
	sys->print("[%*d] [%-*d] [%.*f]\n", 6, 7, 6, 7, 2, 3.14159);
	sys->print("[%e] [%.0f] [%.0f] [%.0f] [%g]\n", 12345.678, 0.5, 1.5, 2.5, 1e-10);
	sys->print("[%q] [%q] [%q]\n", "plain", "two words", "it's");
	sys->print("[%bd] [%bx] [%ud]\n", big -1, big 255 << 32, -2);
	sys->print("[%%] [%d%%]\n", 50);
}
