implement UncaughtFail;

include "sys.m";
	sys: Sys;
include "draw.m";

UncaughtFail: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

validate(s: string): int
{
	n := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c < '0' || c > '9')
			raise "fail:bad digit '" + s[i:i+1] + "' in " + s;
		n = n * 10 + c - '0';
	}
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	inputs := "12" :: "0345" :: "9" :: "4x2" :: "77" :: nil;
	total := 0;
	for(; inputs != nil; inputs = tl inputs){
		v := validate(hd inputs);
		total += v;
		sys->print("%s -> %d (total %d)\n", hd inputs, v, total);
	}
	sys->print("total %d\n", total);
}
