implement ChanPipeline;

include "sys.m";
	sys: Sys;
include "draw.m";

ChanPipeline: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Msg: adt {
	seq: int;
	text: string;
};

producer(out: chan of ref Msg, words: list of string)
{
	n := 0;
	for(; words != nil; words = tl words)
		out <-= ref Msg(n++, hd words);
	out <-= nil;
}

upcase(in: chan of ref Msg, out: chan of ref Msg)
{
	while((m := <-in) != nil){
		s := m.text;
		for(i := 0; i < len s; i++)
			if(s[i] >= 'a' && s[i] <= 'z')
				s[i] -= 'a' - 'A';
		out <-= ref Msg(m.seq, s);
	}
	out <-= nil;
}

filterlong(in: chan of ref Msg, out: chan of ref Msg, maxlen: int)
{
	dropped := 0;
	while((m := <-in) != nil){
		if(len m.text > maxlen){
			dropped++;
			continue;
		}
		out <-= m;
	}
	out <-= ref Msg(-1, string dropped);
	out <-= nil;
}

counter(req: chan of int, reply: chan of int)
{
	total := 0;
	for(;;){
		v := <-req;
		if(v < 0){
			reply <-= total;
			return;
		}
		total += v;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c1 := chan of ref Msg;
	c2 := chan of ref Msg;
	c3 := chan of ref Msg;
	words := "alpha" :: "be" :: "gamma" :: "delta" :: "epsilonic" :: "zeta" :: "eta" :: "theta-long" :: nil;
	spawn producer(c1, words);
	spawn upcase(c1, c2);
	spawn filterlong(c2, c3, 5);
	while((m := <-c3) != nil){
		if(m.seq < 0)
			sys->print("dropped %s\n", m.text);
		else
			sys->print("%d: %s\n", m.seq, m.text);
	}

	req := chan of int;
	reply := chan of int;
	spawn counter(req, reply);
	for(i := 1; i <= 10; i++)
		req <-= i * i;
	req <-= -1;
	sys->print("sum of squares %d\n", <-reply);

	# buffered channel
	bc := chan[4] of string;
	bc <-= "one";
	bc <-= "two";
	bc <-= "three";
	s1 := <-bc;
	s2 := <-bc;
	sys->print("buffered: %s %s %s\n", s1, s2, <-bc);

	# alt with only one ready channel
	a := chan of int;
	b := chan[1] of int;
	b <-= 42;
	alt {
	x := <-a =>
		sys->print("from a %d\n", x);
	y := <-b =>
		sys->fprint(sys->fildes(2), "from b %d\n", y);
	}
}
