implement UserExc;

include "sys.m";
	sys: Sys;
include "draw.m";

UserExc: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

ParseErr: exception(string, int);
RangeErr: exception(int, int, int);
Done: exception;

parsenum(s: string, lo, hi: int): int raises (ParseErr, RangeErr)
{
	if(s == "")
		raise ParseErr("empty", 0);
	v := 0;
	neg := 0;
	i := 0;
	if(s[0] == '-'){
		neg = 1;
		i = 1;
	}
	for(; i < len s; i++){
		c := s[i];
		if(c < '0' || c > '9')
			raise ParseErr("bad digit '" + s[i:i+1] + "'", i);
		v = v*10 + (c - '0');
	}
	if(neg)
		v = -v;
	if(v < lo || v > hi)
		raise RangeErr(v, lo, hi);
	return v;
}

# typed exceptions are caught in the immediate caller of the raiser
sumall(l: list of string): int raises (Done)
{
	total := 0;
	bad := 0;
	for(; l != nil; l = tl l){
		if(hd l == "end")
			raise Done;
		{
			total += parsenum(hd l, -100, 100);
		} exception e {
			ParseErr =>
				(msg, pos) := e;
				sys->print("  parse error: %s at %d in \"%s\"\n", msg, pos, hd l);
				bad++;
			RangeErr =>
				(v, lo, hi) := e;
				sys->print("  range error: %d not in [%d,%d]\n", v, lo, hi);
				bad++;
		}
	}
	if(bad > 1)
		raise "too many errors: " + string bad;
	return total;
}

try(l: list of string)
{
	{
		sys->print("sum = %d\n", sumall(l));
	} exception e {
		Done =>
			sys->print("stopped early\n");
		"too many*" =>
			sys->print("gave up: %s\n", e);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	try("1" :: "2" :: "3" :: nil);
	try("10" :: "-20" :: "x5" :: nil);
	try("50" :: "12a" :: nil);
	try("99" :: "101" :: nil);
	try("-100" :: "" :: nil);
	try("a" :: "-" :: "1000" :: nil);
	try("7" :: "end" :: "bogus" :: nil);
	try(nil);
	{
		parsenum("-500", 0, 10);
	} exception e {
		RangeErr =>
			(v, nil, hi) := e;
			sys->fprint(sys->fildes(2), "direct: %d > %d? %d\n", v, hi, v > hi);
	}
}
