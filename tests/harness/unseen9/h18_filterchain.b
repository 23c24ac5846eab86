#args: lower dedup rot13 rev number
implement FilterChain;

include "sys.m";
	sys: Sys;
include "draw.m";

FilterChain: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

text := array[] of {
	"Limbo", "Channels", "limbo", "ALT", "spawn", "Spawn",
	"Dis", "channels", "Pick", "dis", "Styx",
};

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	stages: list of string;
	if(args != nil)
		stages = tl args;
	if(stages == nil)
		stages = "upper" :: nil;

	head := chan of string;
	c := head;
	desc := "source";
	for(l := stages; l != nil; l = tl l){
		out := chan of string;
		case hd l {
		"lower" =>	spawn mapstage(c, out, 0);
		"upper" =>	spawn mapstage(c, out, 1);
		"rot13" =>	spawn mapstage(c, out, 2);
		"rev" =>		spawn mapstage(c, out, 3);
		"dedup" =>	spawn dedup(c, out);
		"number" =>	spawn number(c, out);
		* =>
			sys->print("unknown stage %s skipped\n", hd l);
			continue;
		}
		desc += " | " + hd l;
		c = out;
	}
	sys->print("pipeline: %s\n", desc);
	spawn source(head);
	n := 0;
	while((s := <-c) != nil){
		sys->print("%s\n", s);
		n++;
	}
	sys->print("%d lines out of %d\n", n, len text);
}

source(out: chan of string)
{
	for(i := 0; i < len text; i++)
		out <-= text[i];
	out <-= nil;
}

mapstage(in, out: chan of string, how: int)
{
	while((s := <-in) != nil){
		r := "";
		case how {
		0 or 1 or 2 =>
			for(i := 0; i < len s; i++)
				r[i] = conv(s[i], how);
		3 =>
			for(i := len s - 1; i >= 0; i--)
				r[len r] = s[i];
		}
		out <-= r;
	}
	out <-= nil;
}

conv(c: int, how: int): int
{
	case how {
	0 =>
		if(c >= 'A' && c <= 'Z')
			return c + 'a' - 'A';
	1 =>
		if(c >= 'a' && c <= 'z')
			return c - 'a' + 'A';
	2 =>
		if(c >= 'a' && c <= 'z')
			return 'a' + (c - 'a' + 13) % 26;
		if(c >= 'A' && c <= 'Z')
			return 'A' + (c - 'A' + 13) % 26;
	}
	return c;
}

dedup(in, out: chan of string)
{
	seen: list of string;
	while((s := <-in) != nil){
		dup := 0;
		for(l := seen; l != nil; l = tl l)
			if(hd l == s)
				dup = 1;
		if(!dup){
			seen = s :: seen;
			out <-= s;
		}
	}
	out <-= nil;
}

number(in, out: chan of string)
{
	n := 0;
	while((s := <-in) != nil)
		out <-= sys->sprint("%3d  %s", ++n, s);
	out <-= nil;
}
