implement Pipeline;

include "sys.m";
	sys: Sys;
include "draw.m";

Pipeline: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Msg: adt {
	pick {
	Data =>
		n:	int;
	Flush =>
		reply:	chan of string;
	Quit =>
	}
};

# concurrent prime sieve: each stage filters one prime
sieve(in: chan of int, primes: chan of int)
{
	p := <-in;
	primes <-= p;
	if(p < 0)
		return;
	out := chan of int;
	spawn sieve(out, primes);
	for(;;){
		n := <-in;
		if(n < 0){
			out <-= n;
			return;
		}
		if(n % p != 0)
			out <-= n;
	}
}

# a server holding running statistics, driven by pick messages
stats(c: chan of ref Msg, done: chan of int)
{
	count := 0;
	sum := 0;
	hist := array[4] of {* => 0};
	for(;;){
		m := <-c;
		pick x := m {
		Data =>
			count++;
			sum += x.n;
			hist[x.n % 4]++;
		Flush =>
			x.reply <-= sys->sprint("count=%d sum=%d mod4=[%d %d %d %d]",
				count, sum, hist[0], hist[1], hist[2], hist[3]);
		Quit =>
			done <-= count;
			return;
		}
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	nums := chan of int;
	primes := chan of int;
	spawn sieve(nums, primes);
	spawn feeder(nums, 100);
	plist: list of int;
	for(;;){
		p := <-primes;
		if(p < 0)
			break;
		plist = p :: plist;
	}
	sys->print("%d primes below 100, largest %d\n", len plist, hd plist);

	sc := chan of ref Msg;
	done := chan of int;
	spawn stats(sc, done);
	reply := chan of string;
	line := "";
	for(l := plist; l != nil; l = tl l){
		sc <-= ref Msg.Data(hd l);
		if(hd l % 10 == 1){
			sc <-= ref Msg.Flush(reply);
			sys->print("at %2d: %s\n", hd l, <-reply);
		}
		line = string hd l + " " + line;
	}
	sys->print("%s\n", line);
	sc <-= ref Msg.Flush(reply);
	sys->print("final: %s\n", <-reply);
	sc <-= ref Msg.Quit;
	sys->print("stats server saw %d values\n", <-done);

	# buffered channel as a counting semaphore / queue
	q := chan[3] of string;
	q <-= "one";
	q <-= "two";
	q <-= "three";
	alt {
	q <-= "four" =>
		sys->print("buffer had room?\n");
	* =>
		sys->print("buffer full, four not sent\n");
	}
	for(i := 0; i < 3; i++)
		sys->print("dequeued %s\n", <-q);
	alt {
	s := <-q =>
		sys->print("unexpected %s\n", s);
	* =>
		sys->print("queue empty\n");
	}
}

feeder(c: chan of int, max: int)
{
	for(i := 2; i < max; i++)
		c <-= i;
	c <-= -1;
}
