implement T;
include "sys.m";
	sys: Sys;
include "draw.m";
T: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(c := 'a'; c <= 'd'; c++)
		case c {
		* =>
			sys->print("%c: default\n", c);
		'b' =>
			sys->print("%c: b\n", c);
		'c' to 'd' =>
			sys->print("%c: c-d\n", c);
		}
	s := "two";
	case s {
	* => sys->print("str default\n");
	"two" => sys->print("str two\n");
	}
	x := big 5;
	case x {
	* => sys->print("big default\n");
	big 5 => sys->print("big 5\n");
	}
}
