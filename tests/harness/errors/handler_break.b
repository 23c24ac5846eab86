implement HandlerBreak;

# break in an exception handler leaves the handler, even inside a loop; continue
# goes on with the loop (appl/cmd/auth/factotum/proto/infauth.b)
include "sys.m";
	sys: Sys;
include "draw.m";
HandlerBreak: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{
		raise "fail:x";
	}exception e{
	"fail:*" =>
		sys->print("caught %s\n", e);
		break;
		sys->print("not here\n");
	}
	sys->print("after\n");
	for(i := 0; i < 3; i++){
		{
			if(i == 1)
				raise "one";
			sys->print("i %d\n", i);
		}exception{
		"one" =>
			break;
		}
		sys->print("loop %d\n", i);
	}
	sys->print("end\n");
}
