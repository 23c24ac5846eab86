implement P19;

include "sys.m";
	sys: Sys;
include "draw.m";

P19: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

ticker(name: string, start, period, n: int, done: chan of int)
{
	sys->sleep(start);
	for(i := 0; i < n; i++){
		sys->print("%s%d\n", name, i);
		sys->sleep(period);
	}
	done <-= 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	done := chan of int;
	# a at 0,200,400 ; b at 100,300 ; c at 150
	spawn ticker("a", 0, 200, 3, done);
	spawn ticker("b", 100, 200, 2, done);
	spawn ticker("c", 150, 1000, 1, done);
	t0 := sys->millisec();
	for(i := 0; i < 3; i++)
		<-done;
	el := sys->millisec() - t0;
	if(el >= 550 && el < 3000)
		sys->print("elapsed ok\n");
	else
		sys->print("elapsed %d\n", el);
	sys->sleep(0);
	sys->print("end\n");
}
