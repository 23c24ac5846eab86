implement Ringbug;

include "sys.m";
	sys: Sys;
include "draw.m";

Ringbug: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# a history buffer with an off-by-one in its wrap test
Hist: adt {
	buf:	array of string;
	pos:	int;
	add:	fn(h: self ref Hist, s: string);
};

Hist.add(h: self ref Hist, s: string)
{
	if(h.pos > len h.buf)	# should be >=
		h.pos = 0;
	h.buf[h.pos++] = s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	h := ref Hist(array[4] of string, 0);
	cmds := array[] of {"ls", "cd /dis", "pwd", "cat /dev/sysname", "date", "echo hi"};
	for(i := 0; i < len cmds; i++){
		sys->print("history add %d: %s\n", i, cmds[i]);
		h.add(cmds[i]);
		sys->print("pos now %d\n", h.pos);
	}
	sys->print("not reached\n");
}
