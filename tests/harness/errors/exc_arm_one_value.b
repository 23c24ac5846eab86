implement ExcArmOneValue;

# in an arm for E: exception(string), the handler variable is the string itself;
# for more values it is their tuple (appl/cmd/auth/factotum/proto/rsa.b)
include "sys.m";
	sys: Sys;
include "draw.m";
ExcArmOneValue: module { init: fn(nil: ref Draw->Context, nil: list of string); };
Badkey: exception(string);
Two: exception(string, int);
f(n: int) raises (Badkey, Two)
{
	if(n)
		raise Badkey("missing attr");
	raise Two("two", 2);
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < 2; i++){
		{
			f(i);
		}exception e{
		Badkey =>
			s := "rsa key "+e;
			sys->print("%s|%s\n", s, e);
		Two =>
			(a, b) := e;
			sys->print("two %s %d\n", a, b);
		}
	}
}
