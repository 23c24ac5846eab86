implement KillCtl;

# Stopping threads through control channels: workers alt between their
# work and a quit channel; a ticker stops when its control channel says so;
# a group of workers told to stop one after another.

include "sys.m";
	sys: Sys;
include "draw.m";

KillCtl: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

worker(id: int, work: chan of int, quit: chan of int, res: chan of string)
{
	done := 0;
	for(;;) alt {
	w := <-work =>
		done += w;
	<-quit =>
		res <-= sys->sprint("worker %d quits after %d", id, done);
		return;
	}
}

# counts until told to stop; the control channel is polled between steps
counter(ctl: chan of string, res: chan of string)
{
	n := 0;
	for(;;){
		alt {
		cmd := <-ctl =>
			case cmd {
			"report" =>
				res <-= "count " + string n;
			"reset" =>
				n = 0;
			"stop" =>
				res <-= "stopped at " + string n;
				return;
			}
		* =>
			;
		}
		n++;
		if(n % 1000 == 0){
			# block so that the controller gets to run
			res <-= "tick";
			if(<-ctl == "stop"){
				res <-= "stopped at tick " + string n;
				return;
			}
		}
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	res := chan of string;
	N: con 4;
	work := array[N] of chan of int;
	quit := array[N] of chan of int;
	for(i := 0; i < N; i++){
		work[i] = chan of int;
		quit[i] = chan of int;
		spawn worker(i, work[i], quit[i], res);
	}
	for(j := 1; j <= 10; j++)
		work[j % N] <-= j;
	for(i = N-1; i >= 0; i--){
		quit[i] <-= 1;
		sys->print("%s\n", <-res);
	}

	ctl := chan of string;
	spawn counter(ctl, res);
	for(k := 0; k < 3; k++){
		sys->print("%s\n", <-res);
		ctl <-= "go";
	}
	sys->print("%s\n", <-res);
	ctl <-= "stop";
	sys->print("%s\n", <-res);

	# a shared quit channel: one message per worker, served in blocking order
	shq := chan of int;
	dummy := chan of int;
	for(i = 0; i < 3; i++)
		spawn worker(10+i, dummy, shq, res);
	for(i = 0; i < 3; i++){
		shq <-= 1;
		sys->print("%s\n", <-res);
	}
}
