implement P16;
include "sys.m";
	sys: Sys;
include "draw.m";
P16: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

producer(c: chan of int, n: int)
{
	for(i := 1; i <= n; i++)
		c <-= i * i;
	c <-= -1;
}

squarer(in: chan of int, out: chan of string)
{
	for(;;){
		v := <-in;
		if(v < 0){
			out <-= nil;
			return;
		}
		out <-= sys->sprint("<%d>", v);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	o := chan of string;
	spawn producer(c, 6);
	spawn squarer(c, o);
	for(;;){
		s := <-o;
		if(s == nil)
			break;
		sys->print("%s ", s);
	}
	sys->print("\n");
	# buffered channel
	b := chan[5] of int;
	for(i := 0; i < 5; i++)
		b <-= i + 100;
	for(i = 0; i < 5; i++)
		sys->print("%d ", <-b);
	sys->print("\n");
	# channel of tuples
	tc := chan of (int, string);
	spawn tupsend(tc);
	for(;;){
		(n, s) := <-tc;
		if(n == 0)
			break;
		sys->print("%d:%s ", n, s);
	}
	sys->print("\n");
	# channel of channels
	cc := chan of chan of int;
	spawn server(cc);
	for(i = 0; i < 3; i++){
		reply := chan of int;
		cc <-= reply;
		sys->print("reply %d\n", <-reply);
	}
	cc <-= nil;
	sys->print("done\n");
}

tupsend(c: chan of (int, string))
{
	c <-= (1, "a");
	c <-= (2, "bb");
	c <-= (3, "ccc");
	c <-= (0, nil);
}

server(cc: chan of chan of int)
{
	n := 0;
	while((r := <-cc) != nil){
		n += 10;
		r <-= n;
	}
}
