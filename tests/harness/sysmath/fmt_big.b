implement FmtBig;
include "sys.m";
	sys: Sys;
include "draw.m";
FmtBig: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	strs := array[] of {" 42x", "x", "+17", "123456789012345", "-9223372036854775808", "99999999999999999999"};
	vals := array[] of {big 0, big 1, big -1, big 16r7fffffff, big 16r80000000, big 1 << 40,
		big 16r7fffffffffffffff, (big 1 << 63), big -1234567890123, big 999999999999999999};
	for(i := 0; i < len vals; i++){
		v := vals[i];
		sys->print("[%bd] [%bx] [%bX] [%bo] [%bud] [%bux]\n", v, v, v, v, v, v);
		sys->print("[%,bd] [%25bd] [%-25bd]| [%025bd] [%+bd] [%.20bd]\n", v, v, v, v, v, v);
		sys->print("[%#bx] [%#bo] [%ubd]\n", v, v, v);
	}
	sys->print("%bd %bd\n", big 2147483647 + big 1, big -2147483648 - big 1);
	sys->print("%s %s %s\n", string (big 1 << 62), string big -5, string (big 16r7fffffffffffffff + big 1));
	sys->print("%bd %bd %bd\n", big strs[3], big strs[4], big strs[5]);
	sys->print("%bd %bd %bd\n", big strs[0], big strs[1], big strs[2]);
	sys->print("%bd %bd\n", big 1.5e18, big -2.5);
}
