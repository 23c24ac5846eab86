implement P17;
include "sys.m";
	sys: Sys;
include "draw.m";
P17: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

worker(id: int, c: chan of (int, int), done: chan of int)
{
	for(i := 0; i < 3; i++)
		c <-= (id, i);
	done <-= id;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := chan of (int, int);
	done := chan of int;
	spawn worker(1, a, done);
	spawn worker(2, a, done);
	tot := 0;
	cnt := 0;
	fin := 0;
	while(fin < 2){
		alt {
		t := <-a =>
			(id, v) := t;
			tot += id * 100 + v;
			cnt++;
		<-done =>
			fin++;
		}
	}
	sys->print("cnt %d tot %d fin %d\n", cnt, tot, fin);
	# alt with send and receive; buffered channel so send ready
	bc := chan[2] of string;
	rc := chan of int;
	for(i := 0; i < 3; i++){
		alt {
		bc <-= "msg" + string i =>
			sys->print("sent %d\n", i);
		<-rc =>
			sys->print("impossible\n");
		* =>
			sys->print("would block at %d\n", i);
		}
	}
	for(i = 0; i < 3; i++){
		alt {
		s := <-bc =>
			sys->print("got %s\n", s);
		* =>
			sys->print("empty\n");
		}
	}
	# nil channel in alt never ready
	# array of channels in alt
	chans := array[3] of chan of int;
	for(i = 0; i < 3; i++)
		chans[i] = chan[1] of int;
	chans[1] <-= 77;
	alt {
	x := <-chans[0] => sys->print("0 %d\n", x);
	x := <-chans[1] => sys->print("1 %d\n", x);
	x := <-chans[2] => sys->print("2 %d\n", x);
	}
	sys->print("end\n");
}
