implement AltSendRecv;

# alt mixing send and receive arms: a buffer thread that accepts input
# while it has room and offers output while it holds something. Only one
# arm is ready at each step because the clients take turns.

include "sys.m";
	sys: Sys;
include "draw.m";

AltSendRecv: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

# a bounded queue of capacity n as a thread; in nil ... stop
queue(n: int, in, out: chan of int, stop: chan of int, report: chan of string)
{
	q := array[n] of int;
	h := 0;
	cnt := 0;
	log := "";
	for(;;){
		if(cnt == 0){
			alt {
			v := <-in =>
				q[(h+cnt)%n] = v;
				cnt++;
				log += " i" + string v;
			<-stop =>
				report <-= log;
				return;
			}
		}else if(cnt == n){
			out <-= q[h];
			log += " o" + string q[h];
			h = (h+1)%n;
			cnt--;
		}else{
			alt {
			v := <-in =>
				q[(h+cnt)%n] = v;
				cnt++;
				log += " i" + string v;
			out <-= q[h] =>
				log += " o" + string q[h];
				h = (h+1)%n;
				cnt--;
			}
		}
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	in := chan of int;
	out := chan of int;
	stop := chan of int;
	report := chan of string;
	spawn queue(3, in, out, stop, report);
	# main alone drives both sides, so only one side is ever offered
	in <-= 1;
	in <-= 2;
	sys->print("out %d\n", <-out);
	in <-= 3;
	in <-= 4;
	for(i := 0; i < 3; i++)
		sys->print("out %d\n", <-out);
	stop <-= 1;
	sys->print("log:%s\n", <-report);

	# the same alt shape in main: send or receive with a partner thread
	a := chan of int;
	b := chan of int;
	spawn partner(a, b);
	x := 100;
	for(i = 0; i < 6; i++){
		alt {
		a <-= x =>
			sys->print("main sent %d\n", x);
			x++;
		y := <-b =>
			sys->print("main got %d\n", y);
		}
	}
}

# alternately receives on a and sends on b
partner(a, b: chan of int)
{
	for(i := 0; i < 3; i++){
		v := <-a;
		b <-= -v;
	}
}
