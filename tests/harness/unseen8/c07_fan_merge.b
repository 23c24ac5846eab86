implement FanMerge;

include "sys.m";
	sys: Sys;
include "draw.m";

FanMerge: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

NW: con 3;

# each stage worker transforms its share of the input
stage(id: int, in: chan of string, out: chan of string)
{
	for(;;) {
		s := <-in;
		if(s == nil) {
			out <-= nil;
			return;
		}
		r := "";
		case id {
		0 =>
			for(i := len s - 1; i >= 0; i--)
				r[len r] = s[i];
		1 =>
			for(i := 0; i < len s; i++) {
				c := s[i];
				if(c >= 'a' && c <= 'z')
					c += 'A' - 'a';
				r[len r] = c;
			}
		2 =>
			r = sys->sprint("%s(%d)", s, len s);
		}
		out <-= sys->sprint("w%d:%s", id, r);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	words := array[] of {"apple", "kiwi", "plum", "fig", "grape",
		"lemon", "lime", "pear", "date", "melon"};

	ins := array[NW] of chan of string;
	outs := array[NW] of chan of string;
	for(i := 0; i < NW; i++) {
		ins[i] = chan[len words] of string;
		outs[i] = chan of string;
		spawn stage(i, ins[i], outs[i]);
	}

	# fan out round robin
	for(i = 0; i < len words; i++)
		ins[i % NW] <-= words[i];
	for(i = 0; i < NW; i++)
		ins[i] <-= nil;

	# fan in in the same round-robin order so output is deterministic
	alive := NW;
	k := 0;
	live := array[NW] of {* => 1};
	n := 0;
	while(alive > 0) {
		w := k % NW;
		k++;
		if(!live[w])
			continue;
		s := <-outs[w];
		if(s == nil) {
			live[w] = 0;
			alive--;
			sys->print("worker %d drained\n", w);
			continue;
		}
		n++;
		sys->print("%2d %s\n", n, s);
	}
	sys->print("merged %d results\n", n);
}
